import type { ParsedMail } from 'mailparser'

import { NEWSLETTER_CONSENT_VERSION } from '../../../cms/shared/newsletterConsent'

/** Posts the site's sign-up form as a browser without JavaScript would. */
export const postSubscribeForm = (apiUrl: string, fields: Array<[string, string]>) =>
  fetch(`${apiUrl}/api/subscriptions/subscribe`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  })

export const signUpFields = (email: string, communities: Array<number | string>): Array<[string, string]> => [
  ['email', email],
  ...communities.map((id): [string, string] => ['communities', String(id)]),
  ['consent', 'yes'],
  ['consentVersion', NEWSLETTER_CONSENT_VERSION],
  ['website', ''],
]

/** The first link in a mail's plain text to one of the subscription endpoints. */
export const linkIn = (mail: ParsedMail, action: 'confirm' | 'preferences' | 'unsubscribe'): string => {
  const match = new RegExp(`https?://[^\\s\\]]+/api/subscriptions/${action}\\?token=[A-Za-z0-9_.%-]+`).exec(mail.text ?? '')
  if (!match) throw new Error(`No ${action} link in "${mail.subject}":\n${mail.text}`)
  return match[0]
}

export const tokenOf = (link: string): string => new URL(link).searchParams.get('token')!

/** Opens the confirmation link and presses its button, as a person would. */
export const confirmFromMail = async (mail: ParsedMail): Promise<Response> => {
  const link = linkIn(mail, 'confirm')
  const page = await fetch(link, { headers: { accept: 'text/html' } })
  if (page.status !== 200) throw new Error(`Confirmation page answered ${page.status}`)
  return fetch(link.split('?')[0]!, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ token: tokenOf(link) }).toString(),
  })
}

/** A raw header as the mail carried it (mailparser folds List-* headers into objects). */
export const rawHeader = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ')
