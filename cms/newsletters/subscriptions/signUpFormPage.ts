import type { Payload } from 'payload'

import { htmlPage } from '../../endpoints/support/htmlPage'
import type { Fields } from '../../endpoints/support/readBody'
import { type FieldError, htmlResponse } from '../../endpoints/support/responses'
import { readSiteSettings } from '../../lib/siteSettings'
import { siteUrl } from '../../settings'
import { html } from '../../shared/html'
import { publicPath } from '../../shared/publicUrls'
import { HONEYPOT_FIELD } from './honeypot'
import { signUpForm } from './signUpForm'
import { choiceOptions } from './subscriptionChoices'
import { subscriptionsAction } from './subscriptionPages'

/** Where the sign-up form posts, on the CMS's own origin. */
export const subscribeUrl = (serverUrl: string): string => `${serverUrl}${subscriptionsAction('subscribe')}`

/**
 * The sign-up form again, as the site shows it, with what the person typed and ticked and a
 * sentence beside each mistake: a refused sign-up loses nothing.
 */
export const signUpFormPage = async (payload: Payload, status: number, action: string, values: Fields, errors: FieldError[]): Promise<Response> => {
  const [site, options] = await Promise.all([readSiteSettings(payload), choiceOptions(payload)])
  const kept: Fields = Object.fromEntries(Object.entries(values).filter(([name]) => name !== HONEYPOT_FIELD))
  return htmlResponse(
    status,
    await htmlPage(payload, {
      title: 'Error: Get the newsletter',
      body: html`<h1>Get the newsletter</h1>
${signUpForm({ action, privacyHref: `${siteUrl()}${publicPath.privacy}`, organisation: site.organisation, communities: options.communities, clusters: options.clusters, values: kept, errors })}`,
    }),
  )
}
