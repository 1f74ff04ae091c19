import { SEARCH_TYPES, type SearchType } from '../documents/shape'
import type { SearchRequest } from './engine'

/** A search as an address (`?q=…&type=plan&page=2`), so results can be shared, bookmarked and reloaded. */
export const requestFromParams = (params: URLSearchParams): SearchRequest => ({
  query: (params.get('q') ?? '').slice(0, 200),
  type: params.getAll('type').filter((type): type is SearchType => (SEARCH_TYPES as readonly string[]).includes(type)),
  community: params.get('community') || null,
  theme: params.get('theme') || null,
  partner: params.get('partner') || null,
  year: /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year') : null,
  page: Math.max(1, Math.floor(Number(params.get('page')) || 1)),
})

export const paramsFromRequest = (request: SearchRequest): URLSearchParams => {
  const params = new URLSearchParams()
  if (request.query) params.set('q', request.query)
  for (const type of request.type) params.append('type', type)
  if (request.community) params.set('community', request.community)
  if (request.theme) params.set('theme', request.theme)
  if (request.partner) params.set('partner', request.partner)
  if (request.year) params.set('year', request.year)
  if (request.page > 1) params.set('page', String(request.page))
  return params
}

export const hasFilters = (request: SearchRequest): boolean =>
  request.type.length > 0 || request.community !== null || request.theme !== null || request.partner !== null || request.year !== null
