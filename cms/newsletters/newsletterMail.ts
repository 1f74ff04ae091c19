import type { Payload } from 'payload'
import { createElement } from 'react'

import { mailIdentity } from '../lib/siteSettings'

import { preferencesUrl, unsubscribeUrl } from './subscriptions/subscriptionLinks'
import { renderEmail, type RenderedEmail } from '../email/render'
import { mailSender } from '../settings'
import { NewsletterEmail, type NewsletterContent } from './NewsletterEmail'

// Stand-ins replaced per recipient: rendering React once per newsletter, not once per reader.
const PREFERENCES = 'https://links.invalid/preferences'
const UNSUBSCRIBE = 'https://links.invalid/unsubscribe'

export type NewsletterTemplate = RenderedEmail & { subject: string }

export const renderNewsletter = async (payload: Payload, content: NewsletterContent): Promise<NewsletterTemplate> => {
  const rendered = await renderEmail(
    createElement(NewsletterEmail, { ...content, sender: await mailIdentity(payload), preferencesUrl: PREFERENCES, unsubscribeUrl: UNSUBSCRIBE }),
  )
  return { ...rendered, subject: content.subject }
}

/** The same Message-ID on every attempt for one delivery, so a resend after a crash is recognisable as the same mail. */
export const deliveryMessageId = (deliveryKey: string): string =>
  `<newsletter.${deliveryKey.replace(/[^0-9A-Za-z]/g, '.')}@${mailSender().address.split('@')[1] ?? 'localhost'}>`

/** One reader's copy: their own signed links, and the RFC 8058 one-click unsubscribe headers. */
export const personaliseNewsletter = (template: NewsletterTemplate, subscriberId: number | string) => {
  const preferences = preferencesUrl(subscriberId)
  const unsubscribe = unsubscribeUrl(subscriberId)
  // Signed tokens are base64url and dots, safe inside HTML attributes as they are.
  const fill = (text: string) => text.replaceAll(PREFERENCES, preferences).replaceAll(UNSUBSCRIBE, unsubscribe)
  return {
    subject: template.subject,
    html: fill(template.html),
    text: fill(template.text),
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
