import type { PayloadRequest } from 'payload'

import { siteUrl } from '../../settings'

export type FieldError = { field: string; message: string }

/** A plain HTML form post (no script) wants a page back; fetch and API clients want JSON. */
export const wantsHtml = (req: PayloadRequest): boolean => {
  const accept = req.headers.get('accept') ?? ''
  const type = req.headers.get('content-type') ?? ''
  return accept.includes('text/html') && !type.includes('application/json')
}

const securityHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

/** A problem as JSON: a message for the whole request plus one entry per field at fault. */
export const problemResponse = (status: number, message: string, errors: FieldError[] = []): Response =>
  Response.json({ message, errors }, { status, headers: securityHeaders })

export const jsonResponse = (status: number, body: unknown): Response => Response.json(body, { status, headers: securityHeaders })

// form-action covers where a post may redirect to as well: the site's thank-you and result pages.
const pagePolicy = () =>
  `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self' ${siteUrl()}; base-uri 'none'; frame-ancestors 'none'`

export const htmlResponse = (status: number, page: string): Response =>
  new Response(page, { status, headers: { ...securityHeaders, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pagePolicy() } })

/** After a successful form post: see-other, so reloading the next page does not post again. */
export const redirect = (location: string): Response => new Response(null, { status: 303, headers: { ...securityHeaders, location } })
