import { STATIC_INDEX_DIR, VOCABULARY_DIR } from '../static/paths'
import { type ShardKey, shardFileName, type VocabularyShard, wordsOf } from '../static/vocabulary'
import type { SearchType } from '../documents/shape'
import { FACETS, type FacetCounts, PER_PAGE, type SearchEngine, type SearchHit, type SearchRequest, type SearchResults } from './engine'
import { excerptOf, type WeightedLocation } from './excerpt'
import { bestPartialMatches } from './partialMatches'
import { correctQuery } from './typoCorrection'

/** The part of Pagefind's browser API used here (pagefind.js has no published types). */
type PagefindResultData = { url: string; content: string; weighted_locations: WeightedLocation[]; meta: Record<string, string | undefined> }
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> }
type PagefindSearch = { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
type PagefindFilters = Record<string, string | { any: string[] }>
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (query: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>
}

/** Words in a snippet, as the Meilisearch engine crops them. */
const EXCERPT_WORDS = 28

const filtersOf = (request: SearchRequest): PagefindFilters => ({
  ...(request.type.length > 0 ? { type: { any: request.type } } : {}),
  ...(request.community ? { community: request.community } : {}),
  ...(request.theme ? { theme: request.theme } : {}),
  ...(request.partner ? { partner: request.partner } : {}),
  ...(request.year ? { year: request.year } : {}),
})

const facetsOf = (search: PagefindSearch): FacetCounts => Object.fromEntries(FACETS.map((facet) => [facet, search.filters[facet] ?? {}])) as FacetCounts

const EMPTY = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts

/** One hit from the data of every search that found the document: their matches are all marked. */
const hitOf = async (results: readonly PagefindResult[]): Promise<SearchHit> => {
  const all = await Promise.all(results.map((result) => result.data()))
  const data = all[0]!
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    type: (data.meta.type ?? 'community') as SearchType,
    place: data.meta.place ?? '',
    status: data.meta.status ?? '',
    excerptHtml: excerptOf(data.content, all.flatMap((each) => each.weighted_locations), Number(data.meta.keywords ?? 0), EXCERPT_WORDS),
  }
}

/**
 * Pagefind in the browser, behind a typo-correction step. Pagefind matches words and their
 * prefixes but forgives no typos. So before searching, each word the index does not know is
 * looked up in the vocabulary shards written at build time and replaced by the most used index
 * word one edit away (searches run on submit, so a word is taken as finished, not a prefix).
 * Pagefind finds only documents with every word; when there are none, each word is searched
 * on its own and the documents with most of the words are shown, said to be partial matches.
 */
export const staticEngine = (base: string): SearchEngine => {
  const root = `${base.replace(/\/$/, '')}/${STATIC_INDEX_DIR}/`
  let loaded: Promise<Pagefind> | undefined
  const pagefind = () =>
    (loaded ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${root}pagefind.js`)) as Pagefind
      // In the page's own thread: a worker is one more script (12 kB) to fetch before the first search.
      await module.options({ basePath: root, noWorker: true })
      await module.init()
      return module
    })())
  // Pagefind counts filter values only once its filter index is loaded. That is most of a first
  // search's bytes at scale, so it loads after the first results are shown, not before.
  let facetData: Promise<void> | undefined
  let facetsLoaded = false
  const loadFacets = () =>
    (facetData ??= pagefind()
      .then((engine) => engine.filters())
      .then(() => {
        facetsLoaded = true
      }))
  const shards = new Map<string, Promise<VocabularyShard>>()
  const loadShard = (key: ShardKey): Promise<VocabularyShard> => {
    const name = shardFileName(key)
    if (!shards.has(name)) shards.set(name, fetch(`${root}${VOCABULARY_DIR}/${name}`).then((response) => (response.ok ? (response.json() as Promise<VocabularyShard>) : {})))
    return shards.get(name)!
  }

  return {
    prepare: () => void pagefind(),
    whenFacetsReady: loadFacets,
    async search(request: SearchRequest): Promise<SearchResults> {
      const query = request.query.trim()
      const filters = filtersOf(request)
      // Passing even an empty filter object makes Pagefind load its whole filter index.
      const options = Object.keys(filters).length > 0 ? { filters } : {}
      // The engine and the vocabulary load side by side: neither waits for the other.
      const [engine, correctedQuery] = await Promise.all([pagefind(), query ? correctQuery(query, loadShard) : null])
      const searched = correctedQuery ?? (query || null)
      const search = await engine.search(searched, options)
      let ranked: PagefindResult[][] = (search?.results ?? []).map((result) => [result])
      let partial = false
      const words = [...new Set(wordsOf(searched ?? ''))]
      if (ranked.length === 0 && words.length > 1) {
        const each = await Promise.all(words.map(async (word) => (await engine.search(word, options))?.results ?? []))
        ranked = bestPartialMatches(each)
        partial = ranked.length > 0
      }
      if (!search) return { hits: [], total: 0, page: 1, pages: 0, facets: EMPTY, correctedQuery, partial }
      const pages = Math.ceil(ranked.length / PER_PAGE)
      const page = Math.min(Math.max(1, request.page), Math.max(1, pages))
      const hits = await Promise.all(ranked.slice((page - 1) * PER_PAGE, page * PER_PAGE).map(hitOf))
      // Counts for a partial match would need every matching document's filters; the filters work without them.
      return { hits, total: ranked.length, page, pages, facets: facetsLoaded && search && !partial ? facetsOf(search) : null, correctedQuery, partial }
    },
  }
}
