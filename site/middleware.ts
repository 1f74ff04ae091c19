import type { MiddlewareHandler } from 'astro'

import { publicPath } from '../cms/shared/publicUrls'
import { linkGlossaryTerms } from './lib/linkGlossaryTerms'

/** Every built HTML page but the glossary itself links its planning terms to the glossary. */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next()
  if (context.url.pathname === publicPath.glossary || !response.headers.get('content-type')?.includes('text/html')) return response
  const page = await response.text()
  return new Response(linkGlossaryTerms(page), { status: response.status, headers: response.headers })
}
