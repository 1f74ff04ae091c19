import { describe, expect, it } from 'vitest'

import { formatMoney } from '../../cms/shared/format'
import { formatPence, toPence } from '../../cms/shared/money'

describe('money is written one way on cards, reports and mail', () => {
  it('shows pence as two digits, and whole pounds without them', () => {
    expect([formatMoney(9870.5), formatMoney(9870), formatMoney(0.05), formatMoney(1234.567)]).toEqual(['£9,870.50', '£9,870', '£0.05', '£1,234.57'])
  })

  it('matches what the annual reports print for the same amount', () => {
    for (const pounds of [0.1, 12.3, 999.99, 1200.5, 250000]) expect(formatMoney(pounds)).toBe(formatPence(toPence(pounds)))
  })
})
