import { describe, expect, it } from 'vitest'

import { createRandom } from '../../cms/seed/random'

describe('seeded random numbers', () => {
  it('repeat exactly for the same seed and differ for another', () => {
    const draw = (seed: number | string) => {
      const random = createRandom(seed)
      return Array.from({ length: 20 }, () => random.int(0, 1000))
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw('harrowdale')).toEqual(draw('harrowdale'))
    expect(draw(42)).not.toEqual(draw(43))
  })

  it('stay within bounds and sample without repeats', () => {
    const random = createRandom(1)
    for (let index = 0; index < 1000; index += 1) {
      const value = random.int(3, 7)
      expect(value).toBeGreaterThanOrEqual(3)
      expect(value).toBeLessThanOrEqual(7)
    }
    const sample = random.sample([1, 2, 3, 4, 5, 6], 4)
    expect(new Set(sample).size).toBe(4)
  })
})
