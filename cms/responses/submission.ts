import { type Answer, type Question, SCALE, answerProblems } from '../lib/answers'
import { EQUALITY_QUESTIONS, type EqualityChoice, type EqualityData, MAX_GENDER_TEXT, equalityChoicesFor, isEqualityValue } from './equality'
import { ELSEWHERE, LIVES_IN_FIELD, LIVES_IN_PROMPT, type Place } from './places'
import { hasVisibleText } from '../lib/visibleText'
import type { Fields } from '../endpoints/support/readBody'

/** Form field names: one per question, one per equality question, and the bot trap. */
export const questionField = (questionId: string): string => `q-${questionId}`
export const equalityField = (name: string): string => `eq-${name}`
export const HONEYPOT_FIELD = 'website'

export type FieldError = { field: string; message: string }

export type Submission = {
  answers: Answer[]
  equality: EqualityData | null
  /** The community the person said they live in, by id; null for somewhere else or not said. */
  community: string | null
  errors: FieldError[]
  /** What the person entered, as entered, to fill the form again when it comes back with errors. */
  values: Fields
}

const MAX_FIELDS = 200

const single = (value: string | string[] | undefined): string | string[] | undefined => (Array.isArray(value) && value.length === 1 ? value[0] : value)

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole job
const hasControlCharacters = (text: string) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)

const parseAnswer = (question: Question, raw: string | string[], say: (message: string) => void): Answer | undefined => {
  const id = question.id as string
  if (question.kind === 'multiple') {
    const choices = (Array.isArray(raw) ? raw : [raw]).filter((choice) => choice !== '')
    return choices.length > 0 ? { question: id, choices } : undefined
  }
  if (Array.isArray(raw)) {
    say(`Give one answer to "${question.prompt}".`)
    return undefined
  }
  const value = question.kind === 'text' ? raw : raw.trim()
  if (!hasVisibleText(value)) return undefined
  if (hasControlCharacters(value)) {
    say(`The answer to "${question.prompt}" contains characters that cannot be stored.`)
    return undefined
  }
  if (question.kind === 'text') return { question: id, text: value }
  if (question.kind === 'single') return { question: id, choices: [value] }
  if (!/^\d$/.test(value)) {
    say(`Rate "${question.prompt}" with a whole number from ${SCALE.min} to ${SCALE.max}.`)
    return undefined
  }
  return { question: id, rating: Number(value) }
}

const parseEquality = (fields: Fields, errors: FieldError[], choices: ReadonlyArray<EqualityChoice>): EqualityData | null => {
  const equality: EqualityData = {}
  for (const name of choices) {
    const field = equalityField(name)
    const value = single(fields[field])
    if (value === undefined || value === '') continue
    if (isEqualityValue(name, value)) Object.assign(equality, { [name]: value })
    else errors.push({ field, message: `Choose one of the answers to "${EQUALITY_QUESTIONS[name].legend}", or leave it blank.` })
  }
  const gender = single(fields[equalityField('gender')])
  if (typeof gender === 'string' && gender.trim() !== '') {
    if (gender.length > MAX_GENDER_TEXT || hasControlCharacters(gender))
      errors.push({ field: equalityField('gender'), message: `Describe your gender in ${MAX_GENDER_TEXT} characters or fewer, or leave it blank.` })
    else equality.gender = gender.trim()
  } else if (gender !== undefined && typeof gender !== 'string') {
    errors.push({ field: equalityField('gender'), message: 'Give one answer about your gender, or leave it blank.' })
  }
  return Object.keys(equality).length > 0 ? equality : null
}

/**
 * Turns a posted form into answers for the consultation's current questions. Every problem is
 * reported against the form field it belongs to, so the form can show each next to its question.
 */
const parseCommunity = (fields: Fields, places: ReadonlyArray<Place>, errors: FieldError[]): string | null => {
  const value = single(fields[LIVES_IN_FIELD])
  if (value === undefined || value === '' || value === ELSEWHERE) return null
  if (typeof value === 'string' && places.some((place) => place.id === value)) return value
  errors.push({ field: LIVES_IN_FIELD, message: `Choose one of the answers to "${LIVES_IN_PROMPT}", or leave it blank.` })
  return null
}

export type SubmissionShape = {
  /** Where people may say they live; the question is asked only when there are two or more. */
  places?: ReadonlyArray<Place>
  /** The consultation asks age itself, so the equality section has no age question. */
  asksOwnAge?: boolean
}

export const readSubmission = (questions: ReadonlyArray<Question>, fields: Fields, { places = [], asksOwnAge = false }: SubmissionShape = {}): Submission => {
  const errors: FieldError[] = []
  const values: Fields = {}
  const known = new Map(questions.filter((question) => question.id).map((question) => [questionField(question.id as string), question]))
  const equalityChoices = equalityChoicesFor(asksOwnAge)
  const equalityFields = new Set([...equalityChoices, 'gender'].map(equalityField))
  const asksWhere = places.length >= 2

  const names = Object.keys(fields)
  if (names.length > MAX_FIELDS)
    return {
      answers: [],
      equality: null,
      community: null,
      errors: [{ field: 'form', message: 'The form has far more fields than this consultation asks.' }],
      values,
    }
  const unknown = names.filter((name) => !known.has(name) && !equalityFields.has(name) && name !== HONEYPOT_FIELD && !(asksWhere && name === LIVES_IN_FIELD))
  if (unknown.length > 0) {
    errors.push({
      field: 'form',
      message: `The form has fields this consultation does not ask: ${unknown
        .slice(0, 3)
        .map((name) => name.slice(0, 40))
        .join(', ')}${unknown.length > 3 ? ' and more' : ''}. Reload the page and try again.`,
    })
  }

  const answers: Answer[] = []
  for (const [field, question] of known) {
    const raw = fields[field]
    if (raw === undefined) continue
    values[field] = raw
    const answer = parseAnswer(question, raw, (message) => errors.push({ field, message }))
    if (answer) answers.push(answer)
  }
  for (const field of equalityFields) if (fields[field] !== undefined) values[field] = fields[field]!
  if (asksWhere && fields[LIVES_IN_FIELD] !== undefined) values[LIVES_IN_FIELD] = fields[LIVES_IN_FIELD]!
  const community = asksWhere ? parseCommunity(fields, places, errors) : null

  // Rules shared with the admin (options exist, one choice only, lengths), mapped back to fields.
  for (const problem of answerProblems(questions, answers)) {
    const match = /^answers\.(\d+)\./.exec(problem.path)
    if (!match) continue
    const answer = answers[Number(match[1])]
    if (answer) errors.push({ field: questionField(answer.question), message: problem.message })
  }
  for (const question of questions) {
    if (!question.required || !question.id) continue
    const field = questionField(question.id)
    const answered = answers.some((answer) => answer.question === question.id)
    if (!answered && !errors.some((error) => error.field === field)) {
      errors.push({ field, message: question.kind === 'text' ? `Answer "${question.prompt}".` : `Choose an answer to "${question.prompt}".` })
    }
  }
  const equality = parseEquality(fields, errors, equalityChoices)
  // In the order of the form, as the error summary lists them.
  const order = ['form', ...known.keys(), LIVES_IN_FIELD, ...equalityFields]
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
  return { answers, equality, community, errors, values }
}
