import type { SearchType } from '../documents/shape'

/** What the search page asks, whichever engine answers. */
export type SearchRequest = {
  query: string
  type: SearchType[]
  community: string | null
  theme: string | null
  partner: string | null
  year: string | null
  page: number
}

export type SearchHit = {
  url: string
  title: string
  type: SearchType
  place: string
  status: string
  /** Safe HTML: escaped text with the matched words in <mark>. */
  excerptHtml: string
}

/** The filters with counts beside them, in both engines. */
export const FACETS = ['type', 'community', 'theme', 'partner', 'year'] as const
export type FacetCounts = Record<(typeof FACETS)[number], Record<string, number>>

export type SearchResults = {
  hits: SearchHit[]
  total: number
  page: number
  pages: number
  /** Null while the engine is still loading its facet data (see `whenFacetsReady`). */
  facets: FacetCounts | null
  /** Set when a word was not in the index as typed: the corrected query, searched instead. */
  correctedQuery: string | null
  /** True when no document has every word, and these are the documents with most of them. */
  partial: boolean
}

export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResults>
  /** Resolves once searches come back with facet counts; engines that always have them resolve at once. */
  whenFacetsReady(): Promise<void>
}

export const PER_PAGE = 10

/** What the built page tells the browser about its engine; never holds more than a search-only key. */
export type EngineConfig = { engine: 'static'; base: string } | { engine: 'meilisearch'; host: string; apiKey: string; index: string }
