import { type Question, MAX_TEXT_ANSWER, SCALE, scaleEnds } from '../lib/answers'
import { EQUALITY_QUESTIONS, MAX_GENDER_TEXT, equalityChoicesFor } from './equality'
import { ELSEWHERE, ELSEWHERE_LABEL, LIVES_IN_FIELD, LIVES_IN_PROMPT, type Place } from './places'
import { type SafeHtml, html } from '../shared/html'
import { errorSummary } from '../shared/pageShell'
import { publicPath } from '../shared/publicUrls'
import { siteUrl } from '../settings'
import type { Fields } from '../endpoints/support/readBody'
import { type FieldError, HONEYPOT_FIELD, equalityField, questionField } from './submission'

export type ResponseFormInput = {
  questions: ReadonlyArray<Question & { hint?: string | null }>
  /** Where the form posts: the CMS endpoint for this consultation. */
  action: string
  values?: Fields
  errors?: ReadonlyArray<FieldError>
  /** For a cluster or several communities: where people may say they live (asked after the questions). */
  places?: ReadonlyArray<Place>
  /** The consultation asks age itself, so the "About you" section leaves it out. */
  asksOwnAge?: boolean
}

const chosen = (values: Fields, field: string, value: string): boolean => {
  const given = values[field]
  return Array.isArray(given) ? given.includes(value) : given === value
}

const errorMessage = (field: string, errors: ReadonlyArray<FieldError>): SafeHtml | null => {
  const messages = errors.filter((error) => error.field === field)
  return messages.length === 0
    ? null
    : html`<p class="error-message" id="${field}-error"><span class="visually-hidden">Error:</span> ${messages.map((error) => error.message).join(' ')}</p>`
}

type Choice = { value: string; label: string }

const choiceInputs = (field: string, type: 'radio' | 'checkbox', choices: ReadonlyArray<Choice>, values: Fields, describedBy: string | undefined) =>
  html`<div class="choices">${choices.map(
    (choice, index) => html`<div class="choice">
    <input type="${type}" id="${index === 0 ? field : `${field}-${index + 1}`}" name="${field}" value="${choice.value}"${chosenAttribute(values, field, choice.value)}${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
    <label for="${index === 0 ? field : `${field}-${index + 1}`}">${choice.label}</label>
  </div>`,
  )}</div>`

const chosenAttribute = (values: Fields, field: string, value: string): SafeHtml | '' => (chosen(values, field, value) ? html` checked` : '')

const questionGroup = (question: ResponseFormInput['questions'][number], number: number, values: Fields, errors: ReadonlyArray<FieldError>): SafeHtml => {
  const field = questionField(question.id as string)
  const error = errorMessage(field, errors)
  const hintId = question.hint ? `${field}-hint` : undefined
  const describedBy = [hintId, error ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const legend = html`<legend class="question-legend" id="${field}-legend"><span class="question-number">${number}.</span> ${question.prompt}${question.required ? '' : html` <span class="optional">(optional)</span>`}</legend>`
  const hint = question.hint ? html`<p class="hint" id="${hintId}">${question.hint}</p>` : null
  const given = values[field]
  let control: SafeHtml
  switch (question.kind) {
    case 'text':
      control = html`<textarea id="${field}" name="${field}" rows="5" maxlength="${MAX_TEXT_ANSWER}" aria-labelledby="${field}-legend"${describedBy ? html` aria-describedby="${describedBy}"` : ''}>${typeof given === 'string' ? given : ''}</textarea>`
      break
    case 'single':
    case 'multiple':
      control = choiceInputs(
        field,
        question.kind === 'single' ? 'radio' : 'checkbox',
        (question.options ?? []).map((option) => ({ value: option.id as string, label: option.label })),
        values,
        describedBy,
      )
      break
    case 'scale': {
      const points = Array.from({ length: SCALE.max - SCALE.min + 1 }, (_, index) => SCALE.min + index)
      const ends = scaleEnds(question)
      const words: Record<number, string> = { [SCALE.min]: ends.low, [SCALE.max]: ends.high }
      control = choiceInputs(
        field,
        'radio',
        points.map((point) => ({ value: String(point), label: words[point] ? `${point}: ${words[point]}` : String(point) })),
        values,
        describedBy,
      )
      break
    }
  }
  return html`<div class="form-group${error ? ' form-group-error' : ''}">
  <fieldset>
    ${legend}
    ${hint}
    ${error}
    ${control}
  </fieldset>
</div>`
}

const livesInGroup = (places: ReadonlyArray<Place>, number: number, values: Fields, errors: ReadonlyArray<FieldError>): SafeHtml => {
  const error = errorMessage(LIVES_IN_FIELD, errors)
  return html`<div class="form-group${error ? ' form-group-error' : ''}">
  <fieldset>
    <legend class="question-legend" id="${LIVES_IN_FIELD}-legend"><span class="question-number">${number}.</span> ${LIVES_IN_PROMPT} <span class="optional">(optional)</span></legend>
    <p class="hint" id="${LIVES_IN_FIELD}-hint">So we can show what each community said. Small numbers are never shown.</p>
    ${error}
    ${choiceInputs(
      LIVES_IN_FIELD,
      'radio',
      [...places.map((place) => ({ value: place.id, label: place.name })), { value: ELSEWHERE, label: ELSEWHERE_LABEL }],
      values,
      [`${LIVES_IN_FIELD}-hint`, error ? `${LIVES_IN_FIELD}-error` : undefined].filter(Boolean).join(' '),
    )}
  </fieldset>
</div>`
}

const equalitySection = (values: Fields, errors: ReadonlyArray<FieldError>, asksOwnAge: boolean): SafeHtml => {
  const genderField = equalityField('gender')
  const genderError = errorMessage(genderField, errors)
  return html`<section class="equality" aria-labelledby="equality-title">
  <h2 id="equality-title">About you (optional)</h2>
  <p>These questions help us see who we are hearing from, so that we can reach people we have missed. You can leave any of them blank. Your answers here are stored apart from your answers above and cannot be linked to them.</p>
  ${equalityChoicesFor(asksOwnAge).map((name) => {
    const field = equalityField(name)
    const error = errorMessage(field, errors)
    return html`<div class="form-group${error ? ' form-group-error' : ''}">
  <fieldset>
    <legend class="question-legend">${EQUALITY_QUESTIONS[name].legend} <span class="optional">(optional)</span></legend>
    ${error}
    ${choiceInputs(field, 'radio', EQUALITY_QUESTIONS[name].options, values, error ? `${field}-error` : undefined)}
  </fieldset>
</div>`
  })}
  <div class="form-group${genderError ? ' form-group-error' : ''}">
    <label class="question-legend" for="${genderField}">How would you describe your gender? <span class="optional">(optional)</span></label>
    ${genderError}
    <input class="input" type="text" id="${genderField}" name="${genderField}" maxlength="${MAX_GENDER_TEXT}" autocomplete="sex" value="${typeof values[genderField] === 'string' ? values[genderField] : ''}"${genderError ? html` aria-describedby="${genderField}-error"` : ''}>
  </div>
</section>`
}

/**
 * The response form, in plain HTML that posts without JavaScript. The static site and the CMS
 * (when a submission comes back with errors) render this same markup, so they cannot drift apart.
 */
export const responseForm = ({ questions, action, values = {}, errors = [], places = [], asksOwnAge = false }: ResponseFormInput): SafeHtml => {
  const asked = questions.filter((question) => question.id)
  return html`${errorSummary(errors, (field) => (field === 'form' ? 'response-form' : field))}
<form class="response-form" id="response-form" method="post" action="${action}" accept-charset="utf-8" novalidate>
  ${asked.map((question, index) => questionGroup(question, index + 1, values, errors))}
  ${places.length >= 2 ? livesInGroup(places, asked.length + 1, values, errors) : ''}
  ${equalitySection(values, errors, asksOwnAge)}
  <div class="trap" aria-hidden="true">
    <label for="${HONEYPOT_FIELD}">Leave this empty</label>
    <input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off">
  </div>
  <p>We read every answer. Written answers may be quoted on this site without your name, after we have checked them. How we use and keep your answers: <a href="${siteUrl()}${publicPath.privacy}">privacy notice</a>.</p>
  <button type="submit" class="button">Send my answers</button>
</form>`
}
