import type { Endpoint, PayloadRequest } from 'payload'

import { type SafeHtml, html } from '../../shared/html'
import { MANAGE_PURPOSE, SUBSCRIPTIONS_API } from './subscriptionLinks'
import type { Subscriber } from '../../payload-types'
import { asIds, choiceOptions, unknownChoices } from './subscriptionChoices'
import { readChoices } from './subscriptionFields'
import { subscriberFromLink } from './subscriberFromLink'
import { hiddenToken, linkRefusedPage, problemPage, signUpLink, subscriptionPage, subscriptionsAction } from './subscriptionPages'

const idsOf = (values: Subscriber['communities'] | Subscriber['clusters']) =>
  (values ?? []).map((value) => String(typeof value === 'object' ? value.id : value))

const checkboxes = (name: string, legend: string, options: Array<{ id: number | string; name: string }>, chosen: string[]): SafeHtml =>
  options.length
    ? html`<fieldset><legend>${legend}</legend>${options.map(
        (option) =>
          html`<div class="choice"><input type="checkbox" id="${name}-${option.id}" name="${name}" value="${option.id}"${chosen.includes(String(option.id)) ? html` checked` : ''}><label for="${name}-${option.id}">${option.name}</label></div>`,
      )}</fieldset>`
    : html``

const preferencesForm = async (req: PayloadRequest, subscriber: Subscriber, token: string, notice?: string): Promise<Response> => {
  if (subscriber.status !== 'confirmed') {
    const why =
      subscriber.status === 'pending'
        ? 'This subscription is waiting for confirmation: use the link in the confirmation mail first.'
        : 'This address is unsubscribed and gets no newsletters.'
    return subscriptionPage(req.payload, 200, 'Your newsletter subscription', html`<p>${why}</p>${signUpLink()}`)
  }
  const options = await choiceOptions(req.payload)
  return subscriptionPage(
    req.payload,
    200,
    'Your newsletter subscription',
    html`${notice ? html`<p role="status">${notice}</p>` : ''}<p>Newsletters go to ${subscriber.email}.</p>
<form method="post" action="${subscriptionsAction('preferences')}">${hiddenToken(token)}
${checkboxes('communities', 'Communities you hear about', options.communities, idsOf(subscriber.communities))}
${checkboxes('clusters', 'Clusters you hear about', options.clusters, idsOf(subscriber.clusters))}
<button type="submit">Save my choices</button></form>
<h2>Stop all newsletters</h2>
<form method="post" action="${subscriptionsAction('unsubscribe')}">${hiddenToken(token)}<button type="submit">Unsubscribe</button></form>`,
  )
}

const show = async (req: PayloadRequest): Promise<Response> => {
  const found = await subscriberFromLink(req, MANAGE_PURPOSE)
  return found.ok ? preferencesForm(req, found.subscriber, found.token) : linkRefusedPage(req.payload, found)
}

const save = async (req: PayloadRequest): Promise<Response> => {
  const found = await subscriberFromLink(req, MANAGE_PURPOSE, ['communities', 'clusters'])
  if (!found.ok) return linkRefusedPage(req.payload, found)
  if (found.subscriber.status !== 'confirmed') return preferencesForm(req, found.subscriber, found.token)
  const errors: Array<{ field: string; message: string }> = []
  const choices = readChoices(found.fields, errors)
  if (!errors.length) errors.push(...(await unknownChoices(req.payload, choices)))
  if (errors.length) return problemPage(req.payload, 422, 'Please check your choices.', errors)
  const subscriber = await req.payload.update({
    collection: 'subscribers',
    id: found.subscriber.id,
    depth: 0,
    data: { communities: asIds(req.payload, choices.communities), clusters: asIds(req.payload, choices.clusters) },
  })
  return preferencesForm(req, subscriber, found.token, 'Your choices are saved.')
}

export const preferencesEndpoints: Endpoint[] = [
  { path: `${SUBSCRIPTIONS_API}/preferences`, method: 'get', handler: show },
  { path: `${SUBSCRIPTIONS_API}/preferences`, method: 'post', handler: save },
]
