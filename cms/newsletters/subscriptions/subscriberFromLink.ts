import type { Payload, PayloadRequest } from 'payload'

import { verifyToken } from '../../lib/signedToken'
import type { Subscriber } from '../../payload-types'
import { clientKey, rateLimiter } from '../../endpoints/support/rateLimit'
import { readBody } from '../../endpoints/support/readBody'
import { unexpectedFields } from './subscriptionFields'

export type FromLink =
  | { ok: true; subscriber: Subscriber; token: string; fields: Record<string, string | string[]> }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' | 'gone' | 'busy'; status: number; message?: string }

const perClient = rateLimiter('subscription-links', { points: 120, durationSeconds: 10 * 60 })

const lookUp = async (payload: Payload, purpose: string, token: string) => {
  const verified = verifyToken(purpose, token)
  if (!verified.ok) return verified
  const subscriber = await payload.findByID({ collection: 'subscribers', id: verified.subject, depth: 0, disableErrors: true }).catch(() => null)
  return subscriber ? { ok: true as const, subscriber } : { ok: false as const, reason: 'gone' as const }
}

/**
 * The subscriber a signed link names. The token comes from the query string (links in mail, the
 * one-click unsubscribe POST) or from a form's hidden field; other form fields are returned as read.
 */
export const subscriberFromLink = async (req: PayloadRequest, purpose: string, allowedFields: readonly string[] = []): Promise<FromLink> => {
  if (!(await perClient.consume(clientKey(req)))) return { ok: false, reason: 'busy', status: 429 }
  let fields: Record<string, string | string[]> = {}
  const fromQuery = req.searchParams.get('token')
  const isForm = (req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')
  if (req.method === 'POST' && (isForm || !fromQuery)) {
    const body = await readBody(req, { maxBytes: 16 * 1024 })
    if (!body.ok) return { ok: false, reason: 'malformed', status: body.status, message: body.message }
    fields = body.fields
    if (unexpectedFields(fields, ['token', ...allowedFields]).length)
      return { ok: false, reason: 'malformed', status: 400, message: 'The form holds fields it should not.' }
  }
  const token = typeof fields.token === 'string' ? fields.token : fromQuery
  if (!token) return { ok: false, reason: 'malformed', status: 400 }
  const found = await lookUp(req.payload, purpose, token)
  if (!found.ok) return { ok: false, reason: found.reason, status: found.reason === 'expired' ? 410 : 400 }
  return { ok: true, subscriber: found.subscriber, token, fields }
}
