import { STATIC_INDEX_DIR, VOCABULARY_DIR } from '../static/paths'
import type { VocabularyShard } from '../static/vocabulary'
import type { SearchType } from '../documents/shape'
import { FACETS, type FacetCounts, PER_PAGE, type SearchEngine, type SearchHit, type SearchRequest, type SearchResults } from './engine'
import { safeHighlight } from './highlight'
import { correctQuery } from './typoCorrection'

/** The part of Pagefind's browser API used here (pagefind.js has no published types). */
type PagefindResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> }
type PagefindSearch = { results: Array<{ id: string; data: () => Promise<PagefindResultData> }>; filters: Record<string, Record<string, number>> }
type PagefindFilters = Record<string, string | { any: string[] }>
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (query: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>
}

const filtersOf = (request: SearchRequest): PagefindFilters => ({
  ...(request.type.length > 0 ? { type: { any: request.type } } : {}),
  ...(request.community ? { community: request.community } : {}),
  ...(request.theme ? { theme: request.theme } : {}),
  ...(request.partner ? { partner: request.partner } : {}),
  ...(request.year ? { year: request.year } : {}),
})

const facetsOf = (search: PagefindSearch): FacetCounts => Object.fromEntries(FACETS.map((facet) => [facet, search.filters[facet] ?? {}])) as FacetCounts

const EMPTY = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts

/**
 * Pagefind in the browser, behind a typo-correction step. Pagefind matches words and their
 * prefixes but forgives no typos. So before searching, each word the index does not know is
 * looked up in the vocabulary shards written at build time and replaced by the most used index
 * word one edit away (searches run on submit, so a word is taken as finished, not a prefix).
 */
export const staticEngine = (base: string): SearchEngine => {
  const root = `${base.replace(/\/$/, '')}/${STATIC_INDEX_DIR}/`
  let loaded: Promise<Pagefind> | undefined
  const pagefind = () =>
    (loaded ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${root}pagefind.js`)) as Pagefind
      await module.options({ basePath: root, excerptLength: 28 })
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
  const shards = new Map<number, Promise<VocabularyShard>>()
  const loadShard = (length: number): Promise<VocabularyShard> => {
    if (!shards.has(length))
      shards.set(
        length,
        fetch(`${root}${VOCABULARY_DIR}/${length}.json`).then((response) => (response.ok ? (response.json() as Promise<VocabularyShard>) : {})),
      )
    return shards.get(length)!
  }

  return {
    whenFacetsReady: loadFacets,
    async search(request: SearchRequest): Promise<SearchResults> {
      const engine = await pagefind()
      const query = request.query.trim()
      const filters = filtersOf(request)
      const correctedQuery = query ? await correctQuery(query, loadShard) : null
      // Passing even an empty filter object makes Pagefind load its whole filter index.
      const search = await engine.search(correctedQuery ?? (query || null), Object.keys(filters).length > 0 ? { filters } : {})
      if (!search) return { hits: [], total: 0, page: 1, pages: 0, facets: EMPTY, correctedQuery }
      const pages = Math.ceil(search.results.length / PER_PAGE)
      const page = Math.min(Math.max(1, request.page), Math.max(1, pages))
      const shown = await Promise.all(search.results.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((result) => result.data()))
      const hits = shown.map((data): SearchHit => ({
        url: data.url,
        title: data.meta.title ?? data.url,
        type: (data.meta.type ?? 'community') as SearchType,
        place: data.meta.place ?? '',
        status: data.meta.status ?? '',
        excerptHtml: safeHighlight(data.excerpt),
      }))
      return { hits, total: search.results.length, page, pages, facets: facetsLoaded ? facetsOf(search) : null, correctedQuery }
    },
  }
}
