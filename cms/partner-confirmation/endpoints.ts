import type { Endpoint, PayloadRequest } from 'payload'

import { type Answer, type Refusal, lookUpRequest, recordAnswer } from './confirmationRequests'
import { htmlPage } from '../endpoints/support/htmlPage'
import { clientKey, rateLimiter } from '../endpoints/support/rateLimit'
import { readBody } from '../endpoints/support/readBody'
import { type FieldError, htmlResponse, jsonResponse, problemResponse, wantsHtml } from '../endpoints/support/responses'
import { answeredPage, entryPage, refusalPage } from './pages'

const PATH = '/partner-confirmation'
const COMMENT_MAX = 2000

// A partner opens one link a few times at most; this only slows down someone guessing.
const limiter = rateLimiter('partner-confirmation', { points: 30, durationSeconds: 10 * 60 })

const refused = async (req: PayloadRequest, refusal: Refusal): Promise<Response> =>
  wantsHtml(req) || req.method === 'GET'
    ? htmlResponse(refusal.status, await htmlPage(req.payload, refusalPage(refusal)))
    : problemResponse(refusal.status, `${refusal.title}. ${refusal.message}`)

const tooMany = { title: 'Too many attempts', message: 'Please wait ten minutes and open the link from the email again.' }

const limited = async (req: PayloadRequest): Promise<Response | null> => {
  if (await limiter.consume(clientKey(req))) return null
  const page = await htmlPage(req.payload, refusalPage(tooMany))
  return wantsHtml(req) || req.method === 'GET' ? htmlResponse(429, page) : problemResponse(429, tooMany.message)
}

const text = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim()

const checkAnswer = (fields: Record<string, string | string[]>): { answer: Answer } | { errors: FieldError[]; comment: string } => {
  const answer = text(fields.answer)
  const comment = text(fields.comment).replace(/\r\n/g, '\n')
  const errors: FieldError[] = []
  if (answer !== 'confirmed' && answer !== 'disputed') errors.push({ field: 'answer', message: 'Choose to confirm the entry or to dispute it.' })
  if (comment.length > COMMENT_MAX)
    errors.push({ field: 'comment', message: `Keep the comment to ${COMMENT_MAX} characters or fewer (it has ${comment.length}).` })
  else if (answer === 'disputed' && !comment) errors.push({ field: 'comment', message: 'Say what is not right, so that the community can correct it.' })
  return errors.length > 0 ? { errors, comment } : { answer: { answer: answer as Answer['answer'], comment } }
}

/** The page a partner's link opens: the entry and a form to confirm or dispute it. */
const show: Endpoint = {
  path: PATH,
  method: 'get',
  handler: async (req) => {
    const slow = await limited(req)
    if (slow) return slow
    const token = req.searchParams.get('token') ?? ''
    const lookup = await lookUpRequest(req.payload, token)
    if (!lookup.ok) return refused(req, lookup.refusal)
    return htmlResponse(200, await htmlPage(req.payload, entryPage(lookup.request, token)))
  },
}

/** The form's answer, posted without script; JSON clients get JSON back. */
const answer: Endpoint = {
  path: PATH,
  method: 'post',
  handler: async (req) => {
    const slow = await limited(req)
    if (slow) return slow
    const body = await readBody(req, { maxBytes: 16 * 1024 })
    if (!body.ok)
      return wantsHtml(req)
        ? htmlResponse(body.status, await htmlPage(req.payload, refusalPage({ title: 'The form could not be read', message: body.message })))
        : problemResponse(body.status, body.message)
    const token = text(body.fields.token)
    const lookup = await lookUpRequest(req.payload, token)
    if (!lookup.ok) return refused(req, lookup.refusal)
    const checked = checkAnswer(body.fields)
    if ('errors' in checked) {
      return wantsHtml(req)
        ? htmlResponse(400, await htmlPage(req.payload, entryPage(lookup.request, token, { errors: checked.errors, comment: checked.comment })))
        : problemResponse(400, 'Check the answer and try again.', checked.errors)
    }
    if (!(await recordAnswer(req.payload, lookup.request, checked.answer))) {
      return refused(req, { status: 409, title: 'This link has already been used', message: 'Each link can be used once.' })
    }
    return wantsHtml(req)
      ? htmlResponse(200, await htmlPage(req.payload, answeredPage(lookup.request, checked.answer.answer)))
      : jsonResponse(200, { status: checked.answer.answer })
  },
}

export const partnerConfirmationEndpoints: Endpoint[] = [show, answer]
