import { MAX_CORRECTABLE, MIN_CORRECTABLE, type ShardKey, type VocabularyShard, wordsOf } from '../static/vocabulary'

export type ShardLoader = (key: ShardKey) => Promise<VocabularyShard>

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export const oneEditApart = (a: string, b: string): boolean => {
  if (a === b) return false
  if (Math.abs(a.length - b.length) > 1) return false
  if (a.length === b.length) {
    const differ = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]))
    if (differ.length === 1) return true
    return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]] && a[differ[1]] === b[differ[0]!]
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  let index = 0
  while (index < short.length && short[index] === long[index]) index += 1
  return short.slice(index) === long.slice(index + 1)
}

/** Words this long may have two typos, as Meilisearch allows from 5 letters; shorter ones would find too many wrong words. */
export const MIN_TWO_EDITS = 7

/** Edits (insertions, deletions, substitutions, swaps of neighbours) from `a` to `b`, or `limit + 1` when more than `limit`. */
export const editDistance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1)
    }
    if (Math.min(...current) > limit) return limit + 1
    ;[before, previous] = [previous, current]
  }
  return Math.min(previous[b.length]!, limit + 1)
}

/** The most used word in `shards` that `near` accepts; ties go to the alphabetically first. */
const mostUsed = (shards: readonly VocabularyShard[], near: (word: string) => boolean): string | null => {
  let best: { word: string; count: number } | null = null
  for (const shard of shards) {
    for (const [word, count] of Object.entries(shard)) {
      if (!near(word)) continue
      if (!best || count > best.count || (count === best.count && word < best.word)) best = { word, count }
    }
  }
  return best?.word ?? null
}

/**
 * The known word one edit from `term` that most documents use (for a long term, two edits
 * when nothing is one away), or null when the term is known, too short to correct, or has no
 * near neighbour. A word one edit away keeps the term's first letter or its last, so only the
 * shards for those letters are searched; two edits seldom change both.
 */
export const correctTerm = async (term: string, loadShard: ShardLoader): Promise<string | null> => {
  if (term.length < MIN_CORRECTABLE || term.length > MAX_CORRECTABLE || /\d/.test(term)) return null
  const first = term[0]!
  const last = term.at(-1)!
  const same = await loadShard({ length: term.length, end: 'first', letter: first })
  if (same[term] !== undefined) return null
  const near = (edits: number) => {
    const lengths = Array.from({ length: 2 * edits + 1 }, (_, index) => term.length - edits + index)
    return Promise.all([
      ...lengths.filter((length) => length !== term.length).map((length) => loadShard({ length, end: 'first', letter: first })),
      ...lengths.map((length) => loadShard({ length, end: 'last', letter: last })),
    ])
  }
  const oneEdit = mostUsed([same, ...(await near(1))], (word) => oneEditApart(term, word))
  if (oneEdit || term.length < MIN_TWO_EDITS) return oneEdit
  return mostUsed([same, ...(await near(2))], (word) => editDistance(term, word, 2) <= 2)
}

/** The query with each unknown word replaced by its likeliest correction; null when nothing changed. */
export const correctQuery = async (query: string, loadShard: ShardLoader): Promise<string | null> => {
  const words = wordsOf(query)
  const corrected = await Promise.all(words.map(async (word) => (await correctTerm(word, loadShard)) ?? word))
  return corrected.some((word, index) => word !== words[index]) ? corrected.join(' ') : null
}
