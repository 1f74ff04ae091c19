/** What ranking partial matches needs of a search result. */
export type ScoredResult = { id: string; score: number }

/**
 * Documents found by at least one word's own search, those matching the most words first,
 * then by their summed scores. Each entry holds the document's result from every search
 * that found it, so all of its matched words can be marked.
 */
export const bestPartialMatches = <Result extends ScoredResult>(perWord: ReadonlyArray<readonly Result[]>): Result[][] => {
  const byDocument = new Map<string, { results: Result[]; score: number }>()
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
