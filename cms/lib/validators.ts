import { type CollectionSlug, type Validate, type Where, validations } from 'payload'

import { hasControlCharacters, hasDirectionOverrides, hasVisibleText } from './visibleText'

/**
 * A custom `validate` replaces Payload's own check for the field (required, min/max, length,
 * option lists). These combinators keep the built-in check and run ours after it.
 */
const withBuiltIn =
  (builtIn: unknown) =>
  (...checks: Validate[]): Validate =>
  async (value, options) => {
    for (const check of [builtIn as Validate, ...checks]) {
      const result = await check(value, options)
      if (result !== true) return result
    }
    return true
  }

export const textAnd = withBuiltIn(validations.text)
export const textareaAnd = withBuiltIn(validations.textarea)
export const numberAnd = withBuiltIn(validations.number)
export const dateAnd = withBuiltIn(validations.date)
export const selectAnd = withBuiltIn(validations.select)
export const arrayAnd = withBuiltIn(validations.array)
export const codeAnd = withBuiltIn(validations.code)
export const emailAnd = withBuiltIn(validations.email)
export const relationshipAnd = withBuiltIn(validations.relationship)

export const httpUrl: Validate = (value) => {
  if (!value) return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // not a URL at all: the message below covers it
  }
  return 'Enter a full web address starting with https://'
}

/**
 * For names and titles people read in lists, page addresses and mail subjects: refuses
 * characters that hide or reorder text, and a name made only of invisible characters.
 */
export const plainName: Validate = (value) => {
  if (typeof value !== 'string' || value === '') return true
  if (hasControlCharacters(value))
    return 'Remove the control characters (such as NUL, tab or a line break) from this name: it must be one line of ordinary text.'
  if (hasDirectionOverrides(value))
    return 'Remove the text-direction override characters from this name: they make it display differently from how it is stored. Right-to-left text needs none.'
  return hasVisibleText(value) || 'Write this name in visible letters, numbers or symbols, not only spaces or invisible characters.'
}

export const wholeNumber: Validate = (value) => value === null || value === undefined || Number.isInteger(value) || 'Enter a whole number.'

/**
 * Refuses a value another document of the collection already has. The unique index still
 * guards against races; this check names the field in its error on every database (FerretDB
 * reports index violations without a field).
 */
export const notTaken =
  (field: string, message: string): Validate =>
  async (value, { req, collectionSlug, id }) => {
    if (value === null || value === undefined || value === '' || !collectionSlug) return true
    const where: Where = { and: [{ [field]: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] }
    const { totalDocs } = await req.payload.count({ collection: collectionSlug as CollectionSlug, where, req })
    return totalDocs === 0 || message
  }
