/**
 * The words of the static index, for the typo-correction step in front of it (the index
 * matches prefixes but forgives no typos). Words are kept by length and, within a length, once
 * by first letter and once by last letter: a one-edit typo of an n-letter word has n-1, n or
 * n+1 letters and keeps either the first or the last letter of the word meant (an edit at the
 * start leaves the end alone and the other way round). So checking a known word fetches one
 * small file, correcting an unknown one six, and never a whole length.
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

/** Which letter of its words a shard file groups by. */
export type ShardEnd = 'first' | 'last'
export type ShardKey = { length: number; end: ShardEnd; letter: string }

export const shardFileName = ({ length, end, letter }: ShardKey): string => `${end}/${length}-${letter}.json`

/** The vocabulary split into its shard files: each word once under its first letter, once under its last. */
export const vocabularyFiles = (vocabulary: Map<number, VocabularyShard>): Map<string, VocabularyShard> => {
  const files = new Map<string, VocabularyShard>()
  for (const [length, shard] of vocabulary) {
    for (const [word, count] of Object.entries(shard)) {
      for (const key of [
        { length, end: 'first', letter: word[0]! },
        { length, end: 'last', letter: word.at(-1)! },
      ] as const) {
        const name = shardFileName(key)
        const file = files.get(name) ?? {}
        file[word] = count
        files.set(name, file)
      }
    }
  }
  return files
}
