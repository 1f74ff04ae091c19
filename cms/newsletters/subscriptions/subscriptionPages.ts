import type { Payload } from 'payload'

import { siteUrl } from '../../settings'
import { SafeHtml, html } from '../../shared/html'
import { SUBSCRIPTIONS_API } from './subscriptionLinks'
import { publicPath } from '../../shared/publicUrls'
import { htmlPage } from '../../endpoints/support/htmlPage'
import { htmlResponse } from '../../endpoints/support/responses'
import type { FieldError } from '../../endpoints/support/responses'

export const subscriptionsAction = (action: string): string => `/api${SUBSCRIPTIONS_API}/${action}`

/** A whole page answering a subscription link or form. */
export const subscriptionPage = async (payload: Payload, status: number, title: string, body: SafeHtml): Promise<Response> =>
  htmlResponse(
    status,
    await htmlPage(payload, {
      title,
      body: html`<h1>${title}</h1>${body}<p class="meta">How we use and keep your address: <a href="${siteUrl()}${publicPath.privacy}">privacy notice</a>.</p>`,
    }),
  )

export const signUpLink = (): SafeHtml => html`<p><a href="${siteUrl()}/newsletter/">Go to the newsletter sign-up form</a></p>`

/** For no-JS form posts: what was wrong, field by field, and the way back. */
export const problemPage = (payload: Payload, status: number, message: string, errors: FieldError[] = []): Promise<Response> =>
  subscriptionPage(
    payload,
    status,
    status === 429 ? 'Please wait a little' : 'Something needs fixing',
    html`<div class="problem" role="alert"><p>${message}</p>${errors.length ? html`<ul>${errors.map((error) => html`<li>${error.message}</li>`)}</ul>` : ''}</div>${signUpLink()}`,
  )

export const badLinkPage = (payload: Payload, reason: 'malformed' | 'forged' | 'expired' | 'gone'): Promise<Response> =>
  reason === 'expired'
    ? subscriptionPage(
        payload,
        410,
        'This link has expired',
        html`<p>Links in our mails work for a limited time. Sign up again and we will send you a fresh one.</p>${signUpLink()}`,
      )
    : subscriptionPage(
        payload,
        400,
        'This link does not work',
        html`<p>The link may have been copied only in part, or it is no longer valid.</p>${signUpLink()}`,
      )

export const hiddenToken = (token: string): SafeHtml => html`<input type="hidden" name="token" value="${token}">`

export type LinkRefusal = { reason: 'malformed' | 'forged' | 'expired' | 'gone' | 'busy'; status: number; message?: string }

export const linkRefusedPage = (payload: Payload, refusal: LinkRefusal): Promise<Response> =>
  refusal.reason === 'busy'
    ? problemPage(payload, 429, 'Too many requests from your connection. Please try again in a few minutes.')
    : refusal.message
      ? problemPage(payload, refusal.status, refusal.message)
      : badLinkPage(payload, refusal.reason)
