import type { Endpoint, PayloadRequest } from 'payload'

import { actorOf, hasRole } from '../access/roles'
import { newsletterContent } from './newsletterContent'
import { personaliseNewsletter, renderNewsletter } from './newsletterMail'
import type { Newsletter } from '../payload-types'
import { jsonResponse, problemResponse } from '../endpoints/support/responses'

/** Links in previews and tests name no real subscriber: they open the "link does not work" page. */
const NOBODY = 'preview'

const loadNewsletter = async (req: PayloadRequest): Promise<Newsletter | Response> => {
  if (!hasRole(actorOf(req), 'admin', 'editor', 'member')) return problemResponse(403, 'Only editors, admins and partnership members may preview newsletters.')
  const id = req.routeParams?.id
  // As the signed-in person: a member previews only their own communities' newsletters.
  const newsletter =
    typeof id === 'string' || typeof id === 'number'
      ? await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true }).catch(() => null)
      : null
  return newsletter ?? problemResponse(404, 'No such newsletter that you may see. Save it first.')
}

const composed = async (req: PayloadRequest, newsletter: Newsletter) =>
  personaliseNewsletter(await renderNewsletter(req.payload, await newsletterContent(req.payload, newsletter)), NOBODY)

/** The newsletter exactly as readers will get it: HTML or plain text, and a copy to the editor. */
export const newsletterPreviewEndpoints: Endpoint[] = [
  {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      const newsletter = await loadNewsletter(req)
      if (newsletter instanceof Response) return newsletter
      const mail = await composed(req, newsletter)
      const text = req.searchParams.get('format') === 'text'
      return new Response(text ? mail.text : mail.html, {
        status: 200,
        headers: {
          'content-type': `${text ? 'text/plain' : 'text/html'}; charset=utf-8`,
          'cache-control': 'no-store',
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:",
        },
      })
    },
  },
  {
    path: '/:id/send-test',
    method: 'post',
    handler: async (req) => {
      const newsletter = await loadNewsletter(req)
      if (newsletter instanceof Response) return newsletter
      const to = req.user?.email
      if (!to) return problemResponse(400, 'Your account has no email address to send the test to.')
      const mail = await composed(req, newsletter)
      await req.payload.sendEmail({ to, ...mail, subject: `[Test] ${mail.subject}` })
      return jsonResponse(200, { message: `A test copy went to ${to}.` })
    },
  },
]
