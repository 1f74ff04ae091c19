import { FACETS_FILE, RECORDS_DIR, STATIC_INDEX_DIR, VOCABULARY_DIR, WORDS_DIR } from '../static/paths'
import type { FacetFile, PostingsShard, StaticRecord } from '../static/postings'
import { shardOf, stem, termsOf } from '../static/terms'
import { type ShardKey, shardFileName, type VocabularyShard, wordsOf } from '../static/vocabulary'
import { FACETS, type FacetCounts, PER_PAGE, type SearchEngine, type SearchHit, type SearchRequest, type SearchResults } from './engine'
import { excerptOf } from './excerpt'
import { bestPartialMatches, type ScoredResult } from './partialMatches'
import { hasFilters } from './request'
import { correctQuery } from './typoCorrection'

/** Words in a snippet, as the Meilisearch engine crops them. */
const EXCERPT_WORDS = 28
/** A word the query word only starts counts for less than the word itself. */
const PREFIX_WEIGHT = 0.5

const EMPTY = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts

/** The documents (by number) that every chosen filter lets through. */
const allowedBy = (request: SearchRequest, facets: FacetFile): Set<number> => {
  const chosen = {
    type: request.type,
    community: request.community ? [request.community] : [],
    theme: request.theme ? [request.theme] : [],
    partner: request.partner ? [request.partner] : [],
    year: request.year ? [request.year] : [],
  }
  const wanted = FACETS.map((facet) => new Set(chosen[facet].map((value) => facets.values[facet].indexOf(value))))
  const allowed = new Set<number>()
  facets.documents.forEach((values, number) => {
    // Types are alternatives (any of them); every other filter must hold.
    if (wanted.every((set, index) => set.size === 0 || values[index]!.some((value) => set.has(value)))) allowed.add(number)
  })
  return allowed
}

const countsOf = (results: readonly ScoredResult[], facets: FacetFile): FacetCounts => {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts
  for (const { id } of results) {
    FACETS.forEach((facet, index) => {
      for (const value of facets.documents[id]![index]!) {
        const name = facets.values[facet][value]!
        counts[facet][name] = (counts[facet][name] ?? 0) + 1
      }
    })
  }
  return counts
}

/** Positions (in the text split on whitespace) of the words a query term matches. */
const locationsIn = (text: string, terms: readonly string[]) =>
  text
    .split(/\s+/)
    .flatMap((word, location) => (wordsOf(word).some((part) => terms.some((term) => stem(part).startsWith(term))) ? [{ location, balanced_score: 1 }] : []))

/**
 * The static index in the browser, behind a typo-correction step. Each query word loads the
 * one postings file holding every term it starts (a kilobyte or two), with scores computed at
 * build time; the shown results load one small record each. Nothing else is fetched before
 * the first results: the facet values load after them for the counts, or before them when a
 * filter is chosen. Only documents with every word are found; when there are none, those with
 * most of the words are shown, said to be partial matches.
 */
export const staticEngine = (base: string): SearchEngine => {
  const root = `${base.replace(/\/$/, '')}/${STATIC_INDEX_DIR}/`
  const files = new Map<string, Promise<unknown>>()
  const load = <T>(file: string, missing: T): Promise<T> => {
    if (!files.has(file)) {
      const loading = fetch(`${root}${file}`).then((response) => (response.ok ? response.json() : missing))
      // A failed request is forgotten, so the next search tries again.
      loading.catch(() => files.delete(file))
      files.set(file, loading)
    }
    return files.get(file) as Promise<T>
  }
  const loadShard = (key: ShardKey) => load<VocabularyShard>(`${VOCABULARY_DIR}/${shardFileName(key)}`, {})
  let facetsLoaded = false
  const facetFile = () =>
    load<FacetFile>(FACETS_FILE, { values: { type: [], community: [], theme: [], partner: [], year: [] }, documents: [] }).then((facets) => {
      facetsLoaded = true
      return facets
    })

  /** Every document a term finds, with its score: the term itself, or (for less) a longer term it starts. */
  const matchesOf = async (term: string): Promise<ScoredResult[]> => {
    const shard = await load<PostingsShard>(`${WORDS_DIR}/${shardOf(term)}.json`, {})
    const best = new Map<number, number>()
    for (const [word, postings] of Object.entries(shard)) {
      if (!word.startsWith(term)) continue
      const weight = word === term ? 1 : PREFIX_WEIGHT
      let number = 0
      for (let index = 0; index < postings.length; index += 2) {
        number += postings[index]!
        best.set(number, Math.max(best.get(number) ?? 0, postings[index + 1]! * weight))
      }
    }
    return [...best].map(([id, score]) => ({ id, score }))
  }

  return {
    whenFacetsReady: () => facetFile().then(() => undefined),
    async search(request: SearchRequest): Promise<SearchResults> {
      const query = request.query.trim()
      const correctedQuery = query ? await correctQuery(query, loadShard) : null
      const terms = [...new Set(termsOf(correctedQuery ?? query))]
      const [perTerm, facets] = await Promise.all([Promise.all(terms.map(matchesOf)), hasFilters(request) ? facetFile() : null])
      const allowed = facets ? allowedBy(request, facets) : null
      const found = perTerm.map((results) => (allowed ? results.filter((result) => allowed.has(result.id)) : results))
      let ranked: ScoredResult[]
      let partial = false
      if (terms.length === 0) {
        ranked = [...(allowed ?? [])].map((id) => ({ id, score: 0 }))
      } else {
        const sets = found.slice(1).map((results) => new Map(results.map((result) => [result.id, result.score])))
        ranked = found[0]!
          .filter((result) => sets.every((set) => set.has(result.id)))
          .map((result) => ({ id: result.id, score: sets.reduce((sum, set) => sum + set.get(result.id)!, result.score) }))
        ranked.sort((a, b) => b.score - a.score || a.id - b.id)
        if (ranked.length === 0 && terms.length > 1) {
          ranked = bestPartialMatches(found).map((results) => results[0]!)
          partial = ranked.length > 0
        }
      }
      const counts = facetsLoaded ? countsOf(ranked, await facetFile()) : null
      if (ranked.length === 0) return { hits: [], total: 0, page: 1, pages: 0, facets: counts ?? EMPTY, correctedQuery, partial }
      const pages = Math.ceil(ranked.length / PER_PAGE)
      const page = Math.min(Math.max(1, request.page), pages)
      const hits = await Promise.all(
        ranked.slice((page - 1) * PER_PAGE, page * PER_PAGE).map(async ({ id }): Promise<SearchHit> => {
          const record = await load<StaticRecord | null>(`${RECORDS_DIR}/${id}.json`, null)
          if (!record) throw new Error(`The static search index has no record ${id}.`)
          return {
            url: record.url,
            title: record.title,
            type: record.type,
            place: record.place,
            status: record.status,
            excerptHtml: excerptOf(record.text, locationsIn(record.text, terms), EXCERPT_WORDS),
          }
        }),
      )
      return { hits, total: ranked.length, page, pages, facets: counts, correctedQuery, partial }
    },
  }
}
