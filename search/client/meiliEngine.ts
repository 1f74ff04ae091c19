import { Meilisearch } from 'meilisearch'

import type { SearchDocument } from '../documents/shape'
import { FACETS, type FacetCounts, PER_PAGE, type SearchEngine, type SearchRequest, type SearchResults } from './engine'
import { safeHighlight } from './highlight'

const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** The request's filters in Meilisearch's filter syntax (an array is joined with AND). */
export const meiliFilter = (request: SearchRequest): string[] => [
  ...(request.type.length > 0 ? [`type IN [${request.type.map(quote).join(', ')}]`] : []),
  ...(request.community ? [`community = ${quote(request.community)}`] : []),
  ...(request.theme ? [`theme = ${quote(request.theme)}`] : []),
  ...(request.partner ? [`partner = ${quote(request.partner)}`] : []),
  ...(request.year && /^\d{4}$/.test(request.year) ? [`year = ${request.year}`] : []),
]

type Shown = Pick<SearchDocument, 'url' | 'title' | 'type' | 'community' | 'cluster' | 'status' | 'excerpt' | 'text'>

/**
 * Asks for the answer uncompressed. Meilisearch gzips for any client that accepts it, sends the
 * 240-byte response head at once and the body when compressed; without TCP_NODELAY the body then
 * waits for the browser to acknowledge the head, which Linux delays by 40 ms: every search took
 * about 45 ms instead of 5. Browsers may not set Accept-Encoding, but the Fetch standard makes
 * any request with a Range header ask for `identity`, and Meilisearch ignores Range on search.
 * The answer (about 11 kB for 10 results) then leaves in one write with its head.
 */
const UNCOMPRESSED = { Range: 'bytes=0-' }

/** Meilisearch from the browser, with the search-only key the site was built with. */
export const meiliEngine = (host: string, apiKey: string, indexUid: string): SearchEngine => {
  const index = new Meilisearch({ host, apiKey, requestInit: { headers: UNCOMPRESSED } }).index<Shown>(indexUid)
  return {
    whenFacetsReady: () => Promise.resolve(),
    async search(request: SearchRequest): Promise<SearchResults> {
      const response = await index.search(request.query.trim(), {
        filter: meiliFilter(request),
        facets: [...FACETS],
        hitsPerPage: PER_PAGE,
        page: Math.max(1, request.page),
        attributesToRetrieve: ['url', 'title', 'type', 'community', 'cluster', 'status'],
        attributesToHighlight: ['excerpt', 'text'],
        attributesToCrop: ['text'],
        cropLength: 28,
        highlightPreTag: '<mark>',
        highlightPostTag: '</mark>',
      })
      const facets = response.facetDistribution ?? {}
      return {
        hits: response.hits.map((hit) => {
          const text = hit._formatted?.text ?? ''
          return {
            url: hit.url,
            title: hit.title,
            type: hit.type,
            place: hit.cluster ?? hit.community.join(', '),
            status: hit.status ?? '',
            excerptHtml: safeHighlight(text.includes('<mark>') ? text : (hit._formatted?.excerpt ?? '')),
          }
        }),
        total: response.totalHits,
        page: response.page,
        pages: response.totalPages,
        facets: Object.fromEntries(FACETS.map((facet) => [facet, facets[facet] ?? {}])) as FacetCounts,
        correctedQuery: null,
        partial: false,
      }
    },
  }
}
