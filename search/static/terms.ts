import { wordsOf } from './vocabulary'

/**
 * The index's terms: the folded words of `wordsOf`, with a plural's ending taken off, so
 * "consultations" finds "consultation" and "buses" finds "bus". Build and browser use the same.
 */
export const stem = (word: string): string => {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

export const termsOf = (text: string): string[] => wordsOf(text).map(stem)

/**
 * Which postings file holds a term: its first three letters, so a query word of three letters
 * or more finds every term it starts in one file. A shorter term has a file of its own.
 */
export const shardOf = (term: string): string => term.slice(0, 3)
