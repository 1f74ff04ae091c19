import { createElement } from 'react'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { NEWSLETTER_CONSENT_VERSION } from '../../shared/newsletterConsent'
import { renderEmail } from '../../email/render'
import { mailIdentity } from '../../lib/siteSettings'
import { serverUrl, siteUrl } from '../../settings'
import { AlreadySubscribedEmail, ConfirmSubscriptionEmail } from './SubscriptionEmails'
import { normaliseEmail } from '../../lib/email'
import { CONFIRM_VALID_DAYS, SUBSCRIPTIONS_API, confirmSubscriptionUrl, preferencesUrl } from './subscriptionLinks'
import type { Subscriber } from '../../payload-types'
import { clientKey, rateLimiter } from '../../endpoints/support/rateLimit'
import { type Fields, readBody } from '../../endpoints/support/readBody'
import { type FieldError, jsonResponse, problemResponse, redirect, wantsHtml } from '../../endpoints/support/responses'
import { asIds, choiceOptions, unknownChoices } from './subscriptionChoices'
import { type Choices, emailProblem, readChoices, readText, unexpectedFields } from './subscriptionFields'
import { HONEYPOT_FIELD } from './honeypot'
import { signUpFormPage, subscribeUrl } from './signUpFormPage'
import { problemPage } from './subscriptionPages'
import { publicPath } from '../../shared/publicUrls'

const MAX_BODY_BYTES = 16 * 1024
const FIELDS = ['email', 'communities', 'clusters', 'consent', 'consentVersion', HONEYPOT_FIELD]

const perAddress = rateLimiter('subscribe-address', { points: 3, durationSeconds: 60 * 60 })
const perClient = rateLimiter('subscribe-client', { points: 20, durationSeconds: 10 * 60 })

type Valid = { email: string; choices: Choices }

const validate = async (
  payload: Payload,
  fields: Record<string, string | string[]>,
): Promise<{ ok: true; value: Valid } | { ok: false; errors: FieldError[] }> => {
  const errors = unexpectedFields(fields, FIELDS)
  if (errors.length) return { ok: false, errors }
  const email = normaliseEmail(readText(fields, 'email', errors))
  const consent = readText(fields, 'consent', errors)
  const consentVersion = readText(fields, 'consentVersion', errors)
  const honeypot = readText(fields, HONEYPOT_FIELD, errors)
  const choices = readChoices(fields, errors)
  const emailError = emailProblem(email)
  if (emailError) errors.push({ field: 'email', message: emailError })
  if (consent !== 'yes') errors.push({ field: 'consent', message: 'Tick the box to agree to receive newsletters.' })
  if (consentVersion !== NEWSLETTER_CONSENT_VERSION)
    errors.push({ field: 'consentVersion', message: 'The sign-up form has changed since you loaded it: reload it and try again.' })
  if (honeypot !== '') errors.push({ field: HONEYPOT_FIELD, message: 'The form could not be accepted.' })
  if (errors.length === 0 && choices.communities.length + choices.clusters.length === 0)
    errors.push({ field: 'communities', message: 'Choose at least one community or cluster to hear about.' })
  if (errors.length === 0) errors.push(...(await unknownChoices(payload, choices)))
  return errors.length ? { ok: false, errors } : { ok: true, value: { email, choices } }
}

const namesOf = async (payload: Payload, choices: Choices): Promise<string[]> => {
  const options = await choiceOptions(payload)
  const chosen = (list: Array<{ id: number | string; name: string }>, ids: string[]) =>
    list.filter((option) => ids.includes(String(option.id))).map((option) => option.name)
  return [...chosen(options.communities, choices.communities), ...chosen(options.clusters, choices.clusters)]
}

/**
 * Records the request and mails the address. Whatever the address's state, the answer is the
 * same, so the form never tells a stranger whether someone is subscribed: a new or waiting or
 * unsubscribed address gets a fresh confirmation link; a confirmed one gets a note with its
 * preferences link, and its choices are left as they were.
 */
const subscribe = async (payload: Payload, { email, choices }: Valid): Promise<void> => {
  const found = await payload.find({ collection: 'subscribers', depth: 0, limit: 1, where: { email: { equals: email } } })
  const existing: Subscriber | undefined = found.docs[0]
  const sender = await mailIdentity(payload)
  if (existing?.status === 'confirmed') {
    const mail = await renderEmail(createElement(AlreadySubscribedEmail, { sender, preferencesUrl: preferencesUrl(existing.id) }))
    await payload.sendEmail({ to: email, subject: `You already get ${sender.siteName} newsletters`, ...mail })
    return
  }
  const data = {
    email,
    status: 'pending' as const,
    communities: asIds(payload, choices.communities),
    clusters: asIds(payload, choices.clusters),
    consent: { givenAt: new Date().toISOString(), source: 'website' as const, wordingVersion: NEWSLETTER_CONSENT_VERSION },
    permanentFailures: 0,
    unsubscribedAt: null,
  }
  const subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, depth: 0, data })
    : await payload.create({ collection: 'subscribers', depth: 0, data })
  const mail = await renderEmail(
    createElement(ConfirmSubscriptionEmail, {
      sender,
      followed: await namesOf(payload, choices),
      confirmUrl: confirmSubscriptionUrl(subscriber.id),
      validDays: CONFIRM_VALID_DAYS,
    }),
  )
  await payload.sendEmail({ to: email, subject: `Please confirm your ${sender.siteName} newsletter subscription`, ...mail })
}

const handler = async (req: PayloadRequest): Promise<Response> => {
  const html = wantsHtml(req)
  let typed: Fields = {}
  // A person gets the form back with what they typed and each mistake beside its field.
  const refuse = (status: number, message: string, errors: FieldError[] = []) =>
    html
      ? signUpFormPage(req.payload, status, subscribeUrl(serverUrl()), typed, errors.length > 0 ? errors : [{ field: 'form', message }])
      : problemResponse(status, message, errors)
  if (!(await perClient.consume(clientKey(req)))) return refuse(429, 'Too many sign-ups from your connection. Please try again in a few minutes.')
  const body = await readBody(req, { maxBytes: MAX_BODY_BYTES })
  if (!body.ok) return refuse(body.status, body.message)
  typed = body.fields
  const checked = await validate(req.payload, body.fields)
  if (!checked.ok && checked.errors.some((error) => error.field === HONEYPOT_FIELD))
    return html ? problemPage(req.payload, 400, 'Please check the form.', checked.errors) : problemResponse(400, 'Please check the form.', checked.errors)
  if (!checked.ok) return refuse(422, 'Please check the form.', checked.errors)
  if (!(await perAddress.consume(checked.value.email)))
    return refuse(429, 'This address was signed up several times in the last hour. Please check your mail, or try again later.')
  try {
    await subscribe(req.payload, checked.value)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Newsletter sign-up could not be completed' })
    return refuse(503, 'We could not send the confirmation mail just now. Please try again in a few minutes.')
  }
  return html ? redirect(`${siteUrl()}${publicPath.newsletterCheckYourMail}`) : jsonResponse(202, { message: 'Check your mail: we sent a link to confirm.' })
}

export const subscribeEndpoint: Endpoint = { path: `${SUBSCRIPTIONS_API}/subscribe`, method: 'post', handler }
