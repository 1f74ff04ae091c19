/** Field validators shared by several collections. Each returns true or a sentence for the editor. */

export const httpUrl = (value: string | null | undefined): true | string => {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return 'Enter a full web address starting with https://'
}

export const wholeNumber = (value: number | null | undefined): true | string =>
  value === null || value === undefined || Number.isInteger(value) || 'Enter a whole number.'
