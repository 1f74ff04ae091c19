import type { FieldError } from '../../endpoints/support/responses'
import type { Fields } from '../../endpoints/support/readBody'

export const MAX_EMAIL_LENGTH = 254
const MAX_CHOICES = 100
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
/** Row ids: whole numbers on SQLite, 24 hex digits on MongoDB. */
const ID = /^(?:[1-9][0-9]{0,15}|[0-9a-f]{24})$/

/**
 * A deliberately narrow address check: plain ASCII, one @, a dotted domain, no spaces or control
 * characters, so nothing that could end a mail header (CR, LF) or name a second recipient (",", ";", "<")
 * gets through.
 */
export const emailProblem = (email: string): string | undefined => {
  if (email.length === 0) return 'Enter your email address.'
  if (email.length > MAX_EMAIL_LENGTH) return `An email address has at most ${MAX_EMAIL_LENGTH} characters.`
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  const labels = domain.split('.')
  const valid =
    at > 0 && local.length <= 64 && LOCAL.test(local) && labels.length >= 2 && labels.every((label) => LABEL.test(label)) && /[A-Za-z]/.test(labels.at(-1)!)
  return valid ? undefined : 'Enter an email address like name@example.org.'
}

const single = (fields: Fields, name: string): string | undefined | FieldError => {
  const value = fields[name]
  if (value === undefined || typeof value === 'string') return value
  return { field: name, message: 'Send this field once.' }
}

const list = (fields: Fields, name: string, errors: FieldError[]): string[] => {
  const value = fields[name]
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value]
  if (values.length > MAX_CHOICES) errors.push({ field: name, message: `Choose at most ${MAX_CHOICES}.` })
  else if (values.some((id) => !ID.test(id))) errors.push({ field: name, message: 'One of the choices is not one we offered.' })
  return [...new Set(values)]
}

export type Choices = { communities: string[]; clusters: string[] }

/** The communities and clusters ticked on a form; ids are checked against the database afterwards. */
export const readChoices = (fields: Fields, errors: FieldError[]): Choices => ({
  communities: list(fields, 'communities', errors),
  clusters: list(fields, 'clusters', errors),
})

/** Only these fields may arrive; anything else means the request did not come from our form. */
export const unexpectedFields = (fields: Fields, allowed: readonly string[]): FieldError[] =>
  Object.keys(fields)
    .filter((name) => !allowed.includes(name))
    .slice(0, 5)
    .map((name) => ({ field: name.slice(0, 40), message: 'This field is not part of the form.' }))

export const readText = (fields: Fields, name: string, errors: FieldError[]): string => {
  const value = single(fields, name)
  if (value !== undefined && typeof value !== 'string') {
    errors.push(value)
    return ''
  }
  return value ?? ''
}
