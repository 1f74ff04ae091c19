import { type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { html } from '../shared/html'
import { HONEYPOT_FIELD, type FieldError, readSubmission } from './submission'
import { responseForm } from './responseForm'
import { htmlPage } from '../endpoints/support/htmlPage'
import { clientKey, rateLimiter } from '../endpoints/support/rateLimit'
import { readBody } from '../endpoints/support/readBody'
import { htmlResponse, jsonResponse, problemResponse, redirect, wantsHtml } from '../endpoints/support/responses'
import { type RespondableConsultation, loadOpenConsultation } from './loadOpenConsultation'
import { consultationPage, consultationsIndex, respondAction, thankYouPage, thankYouWithReference } from './responsePaths'
import { storeResponse } from './storeResponse'
import { settings } from '../settings'

// Generous enough for a household sharing one connection, a hard stop for a script.
const perAddress = rateLimiter('responses-per-ip', { points: settings().RESPONSES_PER_IP_PER_HOUR, durationSeconds: 3600 })
// Text answers are at most 5,000 characters; URL-encoded non-Latin text can take 9 bytes each.
const MAX_BODY_BYTES = 256 * 1024

const problemPage = async (req: PayloadRequest, status: number, title: string, message: string, slug?: string): Promise<Response> =>
  htmlResponse(
    status,
    await htmlPage(req.payload, {
      title,
      body: html`<h1>${title}</h1><p>${message}</p>${slug ? html`<p><a href="${consultationPage(slug)}">Back to the consultation</a></p>` : html`<p><a href="${consultationsIndex()}">See open consultations</a></p>`}`,
    }),
  )

const refuse = async (req: PayloadRequest, status: number, title: string, message: string, slug?: string): Promise<Response> =>
  wantsHtml(req) ? problemPage(req, status, title, message, slug) : problemResponse(status, message)

const formWithErrors = async (
  req: PayloadRequest,
  consultation: RespondableConsultation,
  values: Parameters<typeof responseForm>[0]['values'],
  errors: FieldError[],
): Promise<Response> =>
  htmlResponse(
    422,
    await htmlPage(req.payload, {
      title: `Error: ${consultation.title}`,
      body: html`<p class="meta"><a href="${consultationPage(consultation.slug)}">Back to the consultation</a></p>
<h1>${consultation.title}</h1>
${responseForm({ questions: consultation.questions, action: respondAction(consultation.id), values, errors, places: consultation.places, asksOwnAge: consultation.asksOwnAge })}`,
    }),
  )

/** POST /api/consultations/:id/respond: a resident's answers, from the site's plain HTML form or as JSON. */
export const respondEndpoint: Endpoint = {
  path: '/:id/respond',
  method: 'post',
  handler: async (req) => {
    if (!(await perAddress.consume(clientKey(req)))) {
      return refuse(req, 429, 'Too many answers from your connection', 'Please wait an hour and try again, or ask for a paper form.')
    }
    const body = await readBody(req, { maxBytes: MAX_BODY_BYTES })
    if (!body.ok) return refuse(req, body.status, 'We could not read your answers', body.message)
    // A person never sees the trap field; only form-filling robots fill it in.
    const trap = body.fields[HONEYPOT_FIELD]
    if (trap !== undefined && trap !== '')
      return refuse(req, 400, 'We could not accept these answers', 'The form was not filled in as expected. Please reload the page and try again.')

    const lookup = await loadOpenConsultation(req, req.routeParams?.id)
    if (!lookup.ok)
      return refuse(req, lookup.status, lookup.status === 404 ? 'Page not found' : 'This consultation is not taking answers', lookup.message, lookup.slug)
    const { consultation } = lookup

    const submission = readSubmission(consultation.questions, body.fields, consultation)
    if (submission.errors.length > 0) {
      return wantsHtml(req)
        ? formWithErrors(req, consultation, submission.values, submission.errors)
        : problemResponse(422, 'Some answers need changing.', submission.errors)
    }
    if (submission.answers.length === 0 && !submission.equality) {
      const errors = [{ field: 'form', message: 'Answer at least one question before sending.' }]
      return wantsHtml(req)
        ? formWithErrors(req, consultation, submission.values, errors)
        : problemResponse(422, 'Answer at least one question before sending.', errors)
    }

    let reference: string
    try {
      reference = await storeResponse(req, consultation, submission.answers, submission.equality, submission.community)
    } catch (error) {
      // The form checks the same rules first; should one still fail, say so rather than 500.
      if (!(error instanceof ValidationError)) throw error
      const errors = [{ field: 'form', message: error.message }]
      return wantsHtml(req) ? formWithErrors(req, consultation, submission.values, errors) : problemResponse(422, error.message, errors)
    }
    return wantsHtml(req)
      ? redirect(thankYouWithReference(consultation.id, reference))
      : jsonResponse(201, { reference, thankYou: thankYouPage(consultation.slug) })
  },
}
