import type { SearchDocument } from '../../search/documents'
import { MIN_CORRECTABLE, wordsOf } from '../../search/static/vocabulary'
import type { Random } from '../../cms/seed/random'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** One random edit: drop, add or change a letter, or swap two neighbours. */
export const oneTypo = (word: string, random: Random): string => {
  const at = random.int(0, word.length - 2)
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
const titleWords = (title: string): string[] => wordsOf(title).filter((word) => !/\d/.test(word)).slice(0, 8)

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

/** A mix like real traffic: single words, two-word phrases, place names, typos, some with filters. */
export const mixedQueries = (documents: readonly SearchDocument[], count: number, random: Random): Array<{ query: string; type?: string[]; community?: string }> => {
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
        return { query: random.pick(words), type: [random.pick(['plan', 'action', 'consultation', 'achievement'])], community: random.chance(0.5) ? random.pick(places) : undefined }
    }
  })
}

