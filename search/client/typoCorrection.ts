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

/**
 * The known word one edit from `term` that most documents use, or null when the term is
 * known, too short to correct, or has no near neighbour. A word one edit away keeps the
 * term's first letter or its last, so only the shards for those letters are searched.
 */
export const correctTerm = async (term: string, loadShard: ShardLoader): Promise<string | null> => {
  if (term.length < MIN_CORRECTABLE || term.length > MAX_CORRECTABLE || /\d/.test(term)) return null
  const first = term[0]!
  const last = term.at(-1)!
  const same = await loadShard({ length: term.length, end: 'first', letter: first })
  if (same[term] !== undefined) return null
  const lengths = [term.length - 1, term.length, term.length + 1]
  const others = await Promise.all([
    ...lengths.filter((length) => length !== term.length).map((length) => loadShard({ length, end: 'first', letter: first })),
    ...lengths.map((length) => loadShard({ length, end: 'last', letter: last })),
  ])
  let best: { word: string; count: number } | null = null
  for (const shard of [same, ...others]) {
    for (const [word, count] of Object.entries(shard)) {
      if (!oneEditApart(term, word)) continue
      if (!best || count > best.count || (count === best.count && word < best.word)) best = { word, count }
    }
  }
  return best?.word ?? null
}

/** The query with each unknown word replaced by its likeliest correction; null when nothing changed. */
export const correctQuery = async (query: string, loadShard: ShardLoader): Promise<string | null> => {
  const words = wordsOf(query)
  const corrected = await Promise.all(words.map(async (word) => (await correctTerm(word, loadShard)) ?? word))
  return corrected.some((word, index) => word !== words[index]) ? corrected.join(' ') : null
}
