import type { Endpoint, PayloadRequest } from 'payload'

import { readSiteName } from '../../lib/siteSettings'
import { html } from '../../shared/html'
import { MANAGE_PURPOSE, SUBSCRIPTIONS_API } from './subscriptionLinks'
import { jsonResponse, wantsHtml } from '../../endpoints/support/responses'
import { subscriberFromLink } from './subscriberFromLink'
import { hiddenToken, linkRefusedPage, signUpLink, subscriptionPage, subscriptionsAction } from './subscriptionPages'

/** Opening the link shows a button; only the POST unsubscribes, so a mail scanner's visit changes nothing. */
const show = async (req: PayloadRequest): Promise<Response> => {
  const found = await subscriberFromLink(req, MANAGE_PURPOSE)
  if (!found.ok) return linkRefusedPage(req.payload, found)
  return subscriptionPage(
    req.payload,
    200,
    `Unsubscribe from ${await readSiteName(req.payload)} newsletters`,
    html`<p>Press the button and ${found.subscriber.email} will get no more newsletters.</p>
<form method="post" action="${subscriptionsAction('unsubscribe')}">${hiddenToken(found.token)}<button type="submit">Unsubscribe</button></form>`,
  )
}

/**
 * RFC 8058 one-click: the mail program POSTs `List-Unsubscribe=One-Click` to the URL in the
 * List-Unsubscribe header, with no cookies; the signed token in that URL is the whole authority.
 * The preferences page's button posts the token as a form field instead. Saying it twice is fine.
 */
const unsubscribe = async (req: PayloadRequest): Promise<Response> => {
  const found = await subscriberFromLink(req, MANAGE_PURPOSE, ['List-Unsubscribe'])
  const page = wantsHtml(req)
  if (!found.ok) return page ? linkRefusedPage(req.payload, found) : jsonResponse(found.status, { message: 'This unsubscribe link is not valid.' })
  if (found.subscriber.status !== 'unsubscribed') {
    await req.payload.update({
      collection: 'subscribers',
      id: found.subscriber.id,
      depth: 0,
      data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
    })
  }
  if (!page) return jsonResponse(200, { message: 'Unsubscribed.' })
  return subscriptionPage(
    req.payload,
    200,
    'You are unsubscribed',
    html`<p>${found.subscriber.email} will get no more ${await readSiteName(req.payload)} newsletters. Changed your mind? You can sign up again at any time.</p>${signUpLink()}`,
  )
}

export const unsubscribeEndpoints: Endpoint[] = [
  { path: `${SUBSCRIPTIONS_API}/unsubscribe`, method: 'get', handler: show },
  { path: `${SUBSCRIPTIONS_API}/unsubscribe`, method: 'post', handler: unsubscribe },
]
