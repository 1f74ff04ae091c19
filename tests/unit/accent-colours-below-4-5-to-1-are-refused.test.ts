import { describe, expect, it } from 'vitest'

import { DEFAULT_ACCENT, accentProblem, contrastRatio, siteSettingsWithDefaults } from '../../cms/shared/siteSettings'

describe('the accent colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // GOV.UK's link blue on white is 7.0:1 by the same sum.
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 1)
  })

  it('accepts the default and dark colours, refuses pale ones with a sentence', () => {
    expect(accentProblem(DEFAULT_ACCENT)).toBeNull()
    expect(accentProblem('#0B4F8A')).toBeNull()
    expect(accentProblem('#ffcc00')).toMatch(/^The accent colour #ffcc00 has a contrast of 1\.\d\d:1 with white, below the 4\.5:1 that WCAG 2\.2 AA needs/)
    // #767676 is the palest grey that passes; one step paler does not.
    expect(accentProblem('#767676')).toBeNull()
    expect(accentProblem('#777777')).not.toBeNull()
    expect(accentProblem('green')).toBe('Give the accent colour as # and six hexadecimal digits, such as #1d5c45.')
  })

  it('falls back to the defaults for anything left empty or unusable', () => {
    const site = siteSettingsWithDefaults({
      name: '  Alder Vale Plans ',
      organisation: '',
      accentColour: '#ffff00',
      footerLinks: [{ label: 'Council', url: '' }],
    })
    expect(site.name).toBe('Alder Vale Plans')
    expect(site.organisation).toBe(siteSettingsWithDefaults(null).organisation)
    expect(site.accentColour).toBe(DEFAULT_ACCENT)
    expect(site.footerLinks).toEqual([])
    expect(site.privacyEqualityCondition).toContain('Article 9')
  })
})
