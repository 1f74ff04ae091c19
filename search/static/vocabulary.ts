/**
 * The words of the static index, for the typo-correction step in front of Pagefind (which
 * matches prefixes but forgives no typos). Words are kept by length, one file per length:
 * a one-edit typo of an n-letter word has n-1, n or n+1 letters, so correcting one term
 * fetches three small files and never the whole vocabulary.
 */
export type VocabularyShard = Record<string, number>

/** The same folding the browser applies to a query: lower case, no accents, letters and digits only. */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)

/** Words shorter than this are never corrected: one edit away from too many others. */
export const MIN_CORRECTABLE = 4
/** Longer words are kept out of the shards: nobody types them, and they would only add weight. */
export const MAX_CORRECTABLE = 24

/** Document frequency of every correctable word, grouped by length. */
export const buildVocabulary = (documents: Iterable<string>): Map<number, VocabularyShard> => {
  const shards = new Map<number, VocabularyShard>()
  for (const text of documents) {
    for (const word of new Set(wordsOf(text))) {
      if (word.length < MIN_CORRECTABLE - 1 || word.length > MAX_CORRECTABLE + 1 || /^\d+$/.test(word)) continue
      const shard = shards.get(word.length) ?? {}
      shard[word] = (shard[word] ?? 0) + 1
      shards.set(word.length, shard)
    }
  }
  return shards
}
