import type { Payload } from 'payload'

import type { InfluenceLog, Partner } from '../payload-types'
import { formatDate } from '../shared/format'
import { signToken, verifyToken } from '../lib/signedToken'
import { settings } from '../settings'

const PURPOSE = 'partner-confirmation'

/** How long a partner's link stays valid: PARTNER_LINK_DAYS, 14 days unless set. */
export const linkLifetimeDays = (): number => settings().PARTNER_LINK_DAYS

/** The link names the log and the one request it answers; a later request or an answer retires it. */
export const signConfirmationLink = (logId: number | string, requestId: string, now = new Date()): string =>
  signToken(PURPOSE, `${logId}:${requestId}`, Math.round(linkLifetimeDays() * 24 * 60 * 60), now)

export type ConfirmationRequest = { log: InfluenceLog; partner: Partner; ownerName: string; requestId: string }

export type Refusal = { status: 400 | 404 | 409 | 410; title: string; message: string }

export type RequestLookup = { ok: true; request: ConfirmationRequest } | { ok: false; refusal: Refusal }

const refuse = (status: Refusal['status'], title: string, message: string): RequestLookup => ({ ok: false, refusal: { status, title, message } })

const answeredOn = (iso: string | null | undefined) => (iso ? ` on ${formatDate(iso)}` : '')

/**
 * What a confirmation link points at, or why it cannot be used: not a link we made, expired,
 * already answered, or replaced by a newer request. Reads as the system (the link is the
 * partner's authority), including the hidden request id.
 */
export const lookUpRequest = async (payload: Payload, token: unknown, now = new Date()): Promise<RequestLookup> => {
  const verified = verifyToken(PURPOSE, token, now)
  if (!verified.ok && verified.reason === 'expired') {
    return refuse(
      410,
      'This link has expired',
      `Links to confirm an entry work for ${linkLifetimeDays()} days. Ask the community that sent it to send a new one.`,
    )
  }
  if (!verified.ok)
    return refuse(400, 'This link is not valid', 'Check that you copied the whole link from the email, or ask the community that sent it to send it again.')
  const [logId, requestId] = verified.subject.split(':')
  if (!logId || !requestId) return refuse(400, 'This link is not valid', 'Ask the community that sent it to send it again.')
  const log = await payload.findByID({ collection: 'influence-logs', id: logId, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
  if (!log) return refuse(404, 'This entry no longer exists', 'The community has removed the entry this link was about. There is nothing to confirm.')
  const confirmation = log.partnerConfirmation
  if (confirmation.requestId !== requestId) {
    if (confirmation.status !== 'unconfirmed') {
      return refuse(
        409,
        'This link has already been used',
        `The entry was ${confirmation.status === 'confirmed' ? 'confirmed' : 'disputed'}${answeredOn(confirmation.respondedAt)}. Each link can be used once.`,
      )
    }
    return refuse(409, 'This link has been replaced', 'A newer email was sent about this entry. Please use the link in the latest one.')
  }
  const partner = await payload.findByID({ collection: 'partners', id: log.partner as number, depth: 0, overrideAccess: true, disableErrors: true })
  if (!partner) return refuse(404, 'This entry no longer exists', 'The partner this entry was about has been removed.')
  const owner = log.community
    ? await payload.findByID({ collection: 'communities', id: log.community as number, depth: 0, select: { name: true }, disableErrors: true })
    : await payload.findByID({ collection: 'clusters', id: log.cluster as number, depth: 0, select: { name: true }, disableErrors: true })
  return { ok: true, request: { log, partner, ownerName: owner?.name ?? 'The community', requestId } }
}

export type Answer = { answer: 'confirmed' | 'disputed'; comment: string }

/**
 * Records the partner's answer only while the link is still the live one: the update matches on
 * the request id and clears it, so a second post with the same link finds nothing to change.
 */
export const recordAnswer = async (payload: Payload, request: ConfirmationRequest, { answer, comment }: Answer, now = new Date()): Promise<boolean> => {
  const { docs } = await payload.update({
    collection: 'influence-logs',
    where: { and: [{ id: { equals: request.log.id } }, { 'partnerConfirmation.requestId': { equals: request.requestId } }] },
    data: { partnerConfirmation: { status: answer, respondedAt: now.toISOString(), comment: comment || null, requestId: null } },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length === 1
}
