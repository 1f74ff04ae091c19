import type { Consultation } from '../../../cms/payload-types'
import { questionField } from '../../../cms/responses/submission'

/** The form field names for a consultation's questions, in order, with each question's option ids. */
export const formFieldsOf = (consultation: Consultation) =>
  (consultation.questions ?? []).map((question) => ({
    kind: question.kind,
    name: questionField(question.id as string),
    options: (question.options ?? []).map((option) => option.id as string),
  }))

/** POSTs a form as a browser without JavaScript would: urlencoded, asking for HTML back. */
export const postForm = (url: string, body: URLSearchParams | string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml', ...headers },
    body: body.toString(),
  })
