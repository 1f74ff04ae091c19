import type { Endpoint, PayloadRequest } from 'payload'

import { readSiteName } from '../../lib/siteSettings'
import { html } from '../../shared/html'
import { CONFIRM_PURPOSE, SUBSCRIPTIONS_API, preferencesUrl } from './subscriptionLinks'
import { subscriberFromLink } from './subscriberFromLink'
import { hiddenToken, linkRefusedPage, signUpLink, subscriptionPage, subscriptionsAction } from './subscriptionPages'

const notPending = (req: PayloadRequest, status: string, id: number | string) =>
  status === 'confirmed'
    ? subscriptionPage(
        req.payload,
        200,
        'You are subscribed',
        html`<p>Your subscription is already confirmed.</p><p><a href="${preferencesUrl(id)}">Choose what you hear about, or unsubscribe</a></p>`,
      )
    : subscriptionPage(req.payload, 400, 'This link is no longer valid', html`<p>This address was unsubscribed after the link was sent.</p>${signUpLink()}`)

/**
 * The link in the confirmation mail shows a button rather than confirming at once: mail scanners
 * open links, and only a person pressing the button counts as consent.
 */
const show = async (req: PayloadRequest): Promise<Response> => {
  const found = await subscriberFromLink(req, CONFIRM_PURPOSE)
  if (!found.ok) return linkRefusedPage(req.payload, found)
  if (found.subscriber.status !== 'pending') return notPending(req, found.subscriber.status, found.subscriber.id)
  return subscriptionPage(
    req.payload,
    200,
    'Confirm your subscription',
    html`<p>Press the button to start receiving ${await readSiteName(req.payload)} newsletters at ${found.subscriber.email}.</p>
<form method="post" action="${subscriptionsAction('confirm')}">${hiddenToken(found.token)}<button type="submit">Confirm my subscription</button></form>`,
  )
}

const confirm = async (req: PayloadRequest): Promise<Response> => {
  const found = await subscriberFromLink(req, CONFIRM_PURPOSE)
  if (!found.ok) return linkRefusedPage(req.payload, found)
  if (found.subscriber.status !== 'pending') return notPending(req, found.subscriber.status, found.subscriber.id)
  await req.payload.update({
    collection: 'subscribers',
    id: found.subscriber.id,
    depth: 0,
    data: { status: 'confirmed', confirmedAt: new Date().toISOString() },
  })
  return subscriptionPage(
    req.payload,
    200,
    'You are subscribed',
    html`<p>Thank you. Newsletters about the communities you chose will come to ${found.subscriber.email}.</p><p><a href="${preferencesUrl(found.subscriber.id)}">Choose what you hear about, or unsubscribe</a></p>`,
  )
}

export const confirmEndpoints: Endpoint[] = [
  { path: `${SUBSCRIPTIONS_API}/confirm`, method: 'get', handler: show },
  { path: `${SUBSCRIPTIONS_API}/confirm`, method: 'post', handler: confirm },
]
