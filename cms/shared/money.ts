/**
 * Money influenced is entered in pounds with at most two decimals and stored as a number;
 * reports add it up in whole pence so that totals are exact (0.1 + 0.2 is not 0.3 in floats).
 */
export const toPence = (pounds: number | null | undefined): number =>
  typeof pounds === 'number' && Number.isFinite(pounds) && pounds > 0 ? Math.round(pounds * 100) : 0

const thousands = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/** "£1,234.50", or "£1,234" for whole pounds. */
export const formatPence = (pence: number): string => {
  const pounds = Math.floor(pence / 100)
  const rest = pence % 100
  return `£${thousands.format(pounds)}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`
}

/** "1234.50": pounds with exactly two decimals, for open data. */
export const poundsText = (pence: number): string => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`
