import { type Endpoint, Forbidden, type PayloadRequest } from 'payload'

import { membersMaySend } from '../access/newsletterAccess'
import { actorOf, hasRole } from '../access/roles'
import { jsonResponse, problemResponse } from '../endpoints/support/responses'
import type { Newsletter } from '../payload-types'
import { newsletterAudience } from './newsletterAudience'

export type SendState = { status: Newsletter['status']; sent: number; failed: number; total: number; audience: number; sentAt: string | null }

/** The newsletter as the signed-in person may read it, or the response that says why not. */
const readable = async (req: PayloadRequest): Promise<Newsletter | Response> => {
  if (!req.user) return problemResponse(401, 'Sign in to the admin to send newsletters.')
  const id = req.routeParams?.id
  const newsletter =
    typeof id === 'string' || typeof id === 'number'
      ? await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true }).catch(() => null)
      : null
  return newsletter ?? problemResponse(404, 'There is no such newsletter that you may see. Save it first.')
}

/** How far a newsletter's send has got, and how many people it would reach before it starts. */
export const sendState = async (req: PayloadRequest, newsletter: Newsletter): Promise<SendState> => {
  const deliveries = (status?: string) =>
    req.payload
      .count({
        collection: 'newsletter-deliveries',
        where: { and: [{ newsletter: { equals: newsletter.id } }, ...(status ? [{ status: { equals: status } }] : [])] },
        req,
      })
      .then(({ totalDocs }) => totalDocs)
  const [total, sent, failed, bounced] = await Promise.all([deliveries(), deliveries('sent'), deliveries('failed'), deliveries('bounced')])
  const audience =
    total > 0 ? total : (await req.payload.count({ collection: 'subscribers', where: await newsletterAudience(req.payload, newsletter), req })).totalDocs
  return { status: newsletter.status, sent, failed: failed + bounced, total, audience, sentAt: newsletter.sentAt ?? null }
}

/**
 * POST /api/newsletters/:id/send: editors (and members, when MEMBERS_MAY_SEND_NEWSLETTERS is
 * true) send it now; other members ask an editor, who approves by sending it. Every change goes
 * through the collection's own access rules as the signed-in person.
 */
const sendEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    const newsletter = await readable(req)
    if (newsletter instanceof Response) return newsletter
    if (newsletter.status === 'sending' || newsletter.status === 'sent') return problemResponse(409, 'This newsletter has already gone out.')
    const sends = hasRole(actorOf(req), 'admin', 'editor') || membersMaySend()
    const data = sends ? { status: 'scheduled' as const, scheduledFor: new Date().toISOString() } : { status: 'approval' as const }
    try {
      const updated = await req.payload.update({ collection: 'newsletters', id: newsletter.id, data, depth: 0, overrideAccess: false, user: req.user, req })
      const message = sends ? 'Sending has started.' : 'An editor has been asked to send it. It appears on their dashboard.'
      return jsonResponse(200, { message, ...(await sendState(req, updated)) })
    } catch (error) {
      if (error instanceof Forbidden) return problemResponse(403, 'Your role may not send this newsletter.')
      throw error
    }
  },
}

/** GET /api/newsletters/:id/progress: for the Send button's progress bar. */
const progressEndpoint: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const newsletter = await readable(req)
    if (newsletter instanceof Response) return newsletter
    return jsonResponse(200, { maySend: hasRole(actorOf(req), 'admin', 'editor') || membersMaySend(), ...(await sendState(req, newsletter)) })
  },
}

export const newsletterSendEndpoints: Endpoint[] = [sendEndpoint, progressEndpoint]
