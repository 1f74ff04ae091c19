import { safeHighlight } from './highlight'

/** Where a query word is in a text: the word's position (counting words split on whitespace) and how much it counts. */
export type WeightedLocation = { location: number; balanced_score: number }

/**
 * The snippet under a result: `length` words of the document's own text around its densest
 * cluster of matches (Pagefind's rule), the matches in <mark>. The text is the document's own:
 * the place names and synonyms it is also found by are not in it, so they never show, and a
 * document found only through them shows the start of its text.
 */
export const excerptOf = (text: string, locations: readonly WeightedLocation[], length: number): string => {
  const words = text.split(/\s+/).filter((word) => word.length > 0)
  const end = words.length
  const inText = locations.filter((word) => word.location < end)
  const scores = new Array<number>(end).fill(0)
  for (const word of inText) scores[word.location]! += word.balanced_score
  // The window of `length` words with the highest total score; ties keep the earliest.
  let best = 0
  let bestSum = -1
  let sum = 0
  for (let index = 0; index < end; index += 1) {
    sum += scores[index]! - (index >= length ? scores[index - length]! : 0)
    const start = Math.max(0, index - length + 1)
    if (sum > bestSum) [best, bestSum] = [start, sum]
  }
  const start = Math.min(best, Math.max(0, end - length))
  const marked = new Set(inText.map((word) => word.location))
  const shown = words.slice(start, Math.min(end, start + length)).map((word, offset) => (marked.has(start + offset) ? `<mark>${word}</mark>` : word))
  return safeHighlight(`${start > 0 ? '… ' : ''}${shown.join(' ')}${start + length < end ? ' …' : ''}`)
}
