import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, slugify } from '../../cms/lib/slugify'

describe('slugify', () => {
  it.each([
    ['Wend Valley Parishes', 'wend-valley-parishes'],
    ["St. Aldhelm's Green", 'st-aldhelms-green'],
    ['Brackenhithe & Wrenfold', 'brackenhithe-and-wrenfold'],
    ['Ystradgynlais — Café Plan', 'ystradgynlais-cafe-plan'],
    ['  --Hobble End--  ', 'hobble-end'],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
    expect(SLUG_PATTERN.test(slugify(input))).toBe(true)
  })

  it('keeps slugs to 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'word '.repeat(40)}end`)
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})
