import { FACETS } from '../client/engine'
import type { SearchDocument, SearchType } from '../documents'
import { synonymsFor } from '../synonyms'
import { shardOf, termsOf } from './terms'

/** What the browser shows of one result: one small file per document. */
export type StaticRecord = { url: string; title: string; type: SearchType; place: string; status: string; text: string }

/** term → [document number delta, score, delta, score, …], document numbers ascending. */
export type PostingsShard = Record<string, number[]>

/** Each facet's values, and for each document the numbers of its values, facet by facet. */
export type FacetFile = { values: Record<(typeof FACETS)[number], string[]>; documents: number[][][] }

/**
 * How much a word counts by where it is: a title word most, a synonym the content only implies
 * and the document's type least. The type is searchable, as in Meilisearch: "consultation"
 * finds consultations that never use the word.
 */
const FIELD_WEIGHTS = { title: 3, text: 1, place: 1, synonym: 0.5, type: 0.5 }
/** BM25's saturation and length normalisation, at their usual values. */
const K1 = 1.2
const B = 0.75
/** Scores are stored as whole numbers: this many steps per unit of BM25 score. */
const SCORE_STEPS = 20

const fieldsOf = (document: SearchDocument): Array<[string, number]> => [
  [document.title, FIELD_WEIGHTS.title],
  [`${document.excerpt} ${document.text}`, FIELD_WEIGHTS.text],
  [[...document.community, document.cluster ?? ''].join(' '), FIELD_WEIGHTS.place],
  [synonymsFor(`${document.title} ${document.text}`).join(' '), FIELD_WEIGHTS.synonym],
  [document.type, FIELD_WEIGHTS.type],
]

/**
 * The text a result's snippet is cut from: the document's own words, never its place names or
 * synonyms. The excerpt is usually the start of the text (cut short with an ellipsis); then once is enough.
 */
const ownText = (document: SearchDocument): string => {
  const excerpt = document.excerpt.replace(/…$/, '')
  return (excerpt && document.text.replace(/\s+/g, ' ').startsWith(excerpt) ? document.text : `${document.excerpt} ${document.text}`).trim()
}

/**
 * The static index: BM25 scores precomputed per term and document (field-weighted, as
 * Pagefind and Meilisearch weigh titles over text), so the browser adds numbers and needs no
 * per-document statistics before its first search; postings sharded by a term's first three
 * letters; a record per document for the results; the facet values per document.
 */
export const buildPostings = (documents: readonly SearchDocument[]): { shards: Map<string, PostingsShard>; records: StaticRecord[]; facets: FacetFile } => {
  const frequencies = documents.map((document) => {
    const weights = new Map<string, number>()
    let length = 0
    for (const [text, weight] of fieldsOf(document)) {
      for (const term of termsOf(text)) {
        weights.set(term, (weights.get(term) ?? 0) + weight)
        length += 1
      }
    }
    return { weights, length }
  })
  const averageLength = frequencies.reduce((sum, { length }) => sum + length, 0) / Math.max(1, documents.length)
  const byTerm = new Map<string, Array<[number, number]>>()
  frequencies.forEach(({ weights }, number) => {
    for (const [term, weight] of weights) {
      const postings = byTerm.get(term) ?? []
      postings.push([number, weight])
      byTerm.set(term, postings)
    }
  })
  const shards = new Map<string, PostingsShard>()
  for (const [term, postings] of byTerm) {
    const idf = Math.log(1 + (documents.length - postings.length + 0.5) / (postings.length + 0.5))
    const flat: number[] = []
    let previous = 0
    for (const [number, weight] of postings) {
      const norm = K1 * (1 - B + (B * frequencies[number]!.length) / averageLength)
      flat.push(number - previous, Math.max(1, Math.round(SCORE_STEPS * idf * ((weight * (K1 + 1)) / (weight + norm)))))
      previous = number
    }
    const shard = shards.get(shardOf(term)) ?? {}
    shard[term] = flat
    shards.set(shardOf(term), shard)
  }
  const values = Object.fromEntries(FACETS.map((facet) => [facet, [] as string[]])) as FacetFile['values']
  const numbers = new Map(FACETS.map((facet) => [facet, new Map<string, number>()]))
  const numberOf = (facet: (typeof FACETS)[number], value: string) => {
    const known = numbers.get(facet)!
    let number = known.get(value)
    if (number === undefined) known.set(value, (number = values[facet].push(value) - 1))
    return number
  }
  const facetValues = (document: SearchDocument): Record<(typeof FACETS)[number], string[]> => ({
    type: [document.type],
    community: document.community,
    theme: document.theme,
    partner: document.partner,
    year: document.year ? [String(document.year)] : [],
  })
  const facetDocuments = documents.map((document) => FACETS.map((facet) => facetValues(document)[facet].map((value) => numberOf(facet, value))))
  const records = documents.map((document) => ({
    url: document.url,
    title: document.title,
    type: document.type,
    place: document.cluster ?? document.community.join(', '),
    status: document.status ?? '',
    text: ownText(document),
  }))
  return { shards, records, facets: { values, documents: facetDocuments } }
}
