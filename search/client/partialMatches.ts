/** What ranking partial matches needs of a search result: the document's number and its score. */
export type ScoredResult = { id: number; score: number }

/**
 * Documents found by at least one word's own search, those matching the most words first,
 * then by their summed scores. Each entry holds the document's result from every search
 * that found it.
 */
export const bestPartialMatches = (perWord: ReadonlyArray<readonly ScoredResult[]>): ScoredResult[][] => {
  const byDocument = new Map<number, { results: ScoredResult[]; score: number }>()
  for (const results of perWord) {
    for (const result of results) {
      const entry = byDocument.get(result.id) ?? { results: [], score: 0 }
      entry.results.push(result)
      entry.score += result.score
      byDocument.set(result.id, entry)
    }
  }
  return [...byDocument.values()].sort((a, b) => b.results.length - a.results.length || b.score - a.score).map((entry) => entry.results)
}
