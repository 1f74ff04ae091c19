import type { SearchDocument } from '../../search/documents'
import { SYNONYM_GROUPS } from '../../search/synonyms'
import { MIN_CORRECTABLE, wordsOf } from '../../search/static/vocabulary'
import type { Random } from '../../cms/seed/random'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** One random edit: drop, add or change a letter, or swap two neighbours; at a given letter when `at` is set. */
export const oneTypo = (word: string, random: Random, at: number = random.int(0, word.length - 2)): string => {
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + random.pick([...LETTERS]) + word.slice(at)
    case 2: {
      const other = random.pick([...LETTERS].filter((letter) => letter !== word[at]))
      return word.slice(0, at) + other + word.slice(at + 1)
    }
    default:
      return word[at] === word[at + 1] ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  }
}

/** A title's words without numbers, at most eight: what someone who remembers the page might type. */
const titleWords = (title: string): string[] =>
  wordsOf(title)
    .filter((word) => !/\d/.test(word))
    .slice(0, 8)

/**
 * Queries made from document titles, with one typo in one word long enough to be corrected.
 * Only titles whose words name one document are used, so "the intended page" is well defined.
 */
export const typoQueries = (documents: readonly SearchDocument[], count: number, random: Random): Array<{ query: string; url: string }> => {
  const seen = new Map<string, number>()
  for (const document of documents) seen.set(titleWords(document.title).join(' '), (seen.get(titleWords(document.title).join(' ')) ?? 0) + 1)
  const unique = documents.filter((document) => seen.get(titleWords(document.title).join(' ')) === 1)
  const queries: Array<{ query: string; url: string }> = []
  while (queries.length < count && unique.length > 0) {
    const document = random.pick(unique)
    const words = titleWords(document.title)
    const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => word.length >= MIN_CORRECTABLE)
    if (candidates.length === 0) continue
    const { word, index } = random.pick(candidates)
    words[index] = oneTypo(word, random)
    queries.push({ query: words.join(' '), url: document.url })
  }
  return queries
}

/**
 * Queries of exactly `words` words, as people type them: words of a page's title in order,
 * then its place, never a number. The target for a first search is set for 2 to 4 words.
 */
export const queriesOfWords = (documents: readonly SearchDocument[], words: number, count: number, random: Random): string[] => {
  const queries: string[] = []
  for (let tries = 0; queries.length < count && tries < count * 50; tries += 1) {
    const document = random.pick(documents)
    const candidates = [...new Set([...titleWords(document.title), ...wordsOf(document.community[0] ?? '')])].filter((word) => word.length >= 3)
    if (candidates.length < words) continue
    const start = random.int(0, candidates.length - words)
    queries.push(candidates.slice(start, start + words).join(' '))
  }
  return queries
}

/** A mix like real traffic: single words, two-word phrases, place names, typos, some with filters. */
export const mixedQueries = (
  documents: readonly SearchDocument[],
  count: number,
  random: Random,
): Array<{ query: string; type?: string[]; community?: string }> => {
  const words = [...new Set(documents.flatMap((document) => wordsOf(document.title)).filter((word) => word.length >= 4 && !/\d/.test(word)))]
  const places = [...new Set(documents.flatMap((document) => document.community))]
  return Array.from({ length: count }, (_, index) => {
    switch (index % 5) {
      case 0:
        return { query: random.pick(words) }
      case 1:
        return { query: `${random.pick(words)} ${random.pick(words)}` }
      case 2:
        return { query: random.pick(places) ?? random.pick(words) }
      case 3:
        return { query: oneTypo(random.pick(words), random) }
      default:
        return {
          query: random.pick(words),
          type: [random.pick(['plan', 'action', 'consultation', 'achievement'])],
          community: random.chance(0.5) ? random.pick(places) : undefined,
        }
    }
  })
}

export type RelevanceKind = 'exact' | 'one typo' | 'typo in the first two letters' | 'two typos' | 'misspelt place alone' | 'planning synonym' | 'several words'
/** A query and what counts as found: the intended page, or (for a synonym) any page that uses a term of the group. */
export type RelevanceQuery = { kind: RelevanceKind; query: string; url?: string; anyOf?: string[] }

/** How many of each kind the relevance set holds: 460 in all. */
export const RELEVANCE_MIX: Record<RelevanceKind, number> = {
  exact: 100,
  'one typo': 80,
  'typo in the first two letters': 60,
  'two typos': 80,
  'misspelt place alone': 60,
  'planning synonym': 30,
  'several words': 50,
}

/**
 * The project's relevance set, made from the dataset so it scales with it: exact titles, one
 * typo anywhere and in the first two letters (which Meilisearch counts as two), two typos
 * (one long word twice, or two words once each), a misspelt community name on its own, a
 * planning term whose synonym the content uses, and several words of a title with its place.
 * Only titles that name one document are used, so the intended page is well defined.
 */
export const relevanceQueries = (
  documents: readonly SearchDocument[],
  random: Random,
  mix: Record<RelevanceKind, number> = RELEVANCE_MIX,
): RelevanceQuery[] => {
  const key = (document: SearchDocument) => titleWords(document.title).join(' ')
  const seen = new Map<string, number>()
  for (const document of documents) seen.set(key(document), (seen.get(key(document)) ?? 0) + 1)
  const unique = documents.filter((document) => seen.get(key(document)) === 1 && titleWords(document.title).length > 0)
  const long = (minimum: number) => (word: string) => word.length >= minimum
  const queries: RelevanceQuery[] = []
  const add = (kind: RelevanceKind, make: () => RelevanceQuery | null) => {
    for (let made = 0, tries = 0; made < mix[kind] && tries < mix[kind] * 50; tries += 1) {
      const query = make()
      if (query) {
        queries.push(query)
        made += 1
      }
    }
  }
  /** A title with one of its words (long enough) changed by `edit`. */
  const typoed = (kind: RelevanceKind, minimum: number, edit: (word: string) => string) => (): RelevanceQuery | null => {
    const document = random.pick(unique)
    const words = titleWords(document.title)
    const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => long(minimum)(word))
    if (candidates.length === 0) return null
    const { word, index } = random.pick(candidates)
    words[index] = edit(word)
    return words[index] === word ? null : { kind, query: words.join(' '), url: document.url }
  }
  add('exact', () => {
    const document = random.pick(unique)
    return { kind: 'exact', query: titleWords(document.title).join(' '), url: document.url }
  })
  add(
    'one typo',
    typoed('one typo', MIN_CORRECTABLE, (word) => oneTypo(word, random, random.int(2, word.length - 2))),
  )
  add(
    'typo in the first two letters',
    typoed('typo in the first two letters', 5, (word) => oneTypo(word, random, random.int(0, 1))),
  )
  add('two typos', () => {
    if (random.chance(0.5)) return typoed('two typos', 8, (word) => oneTypo(oneTypo(word, random, random.int(4, word.length - 2)), random, random.int(1, 3)))()
    const document = random.pick(unique)
    const words = titleWords(document.title)
    const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => long(5)(word))
    if (candidates.length < 2) return null
    const first = random.pick(candidates)
    const second = random.pick(candidates.filter((candidate) => candidate.index !== first.index))
    words[first.index] = oneTypo(first.word, random)
    words[second.index] = oneTypo(second.word, random)
    return { kind: 'two typos', query: words.join(' '), url: document.url }
  })
  const places = documents.filter((document) => document.type === 'community' && seen.get(key(document)) === 1)
  add('misspelt place alone', () => {
    const place = random.pick(places)
    const words = titleWords(place.title)
    const index = words.findIndex(long(5))
    if (index < 0) return null
    words[index] = oneTypo(words[index]!, random)
    return { kind: 'misspelt place alone', query: words.join(' '), url: place.url }
  })
  const used = SYNONYM_GROUPS.filter((group) =>
    documents.some((document) => group.some((term) => ` ${wordsOf(`${document.title} ${document.text}`).join(' ')} `.includes(` ${term} `))),
  )
  add('planning synonym', () => {
    if (used.length === 0) return null
    const group = random.pick(used)
    return { kind: 'planning synonym', query: random.pick(group), anyOf: [...group] }
  })
  const content = unique.filter((candidate) => candidate.community.length === 1 && candidate.type !== 'community' && candidate.type !== 'cluster')
  add('several words', () => {
    const document = random.pick(content)
    const words = titleWords(document.title).filter(long(4))
    if (words.length < 2) return null
    const start = random.int(0, words.length - 2)
    const chosen = words.slice(start, start + 3)
    return {
      kind: 'several words',
      query: [...chosen, ...wordsOf(document.community[0]!).filter((word) => !chosen.includes(word))].join(' '),
      url: document.url,
    }
  })
  return queries
}

/** Whether a top-5 answer found what the query was after. */
export const found = (query: RelevanceQuery, top: ReadonlyArray<{ url: string; words?: string }>): boolean =>
  query.url
    ? top.some((hit) => hit.url === query.url)
    : top.some((hit) => query.anyOf!.some((term) => ` ${wordsOf(hit.words ?? '').join(' ')} `.includes(` ${term} `)))
