import { type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, ValidationError } from 'payload'

import { nestingDepth } from '../lib/nestingDepth'
import { richTextProblem } from '../lib/richTextLimits'

/** Nothing Folkmoot stores nests anywhere near this deep; rich text has its own, lower limit. */
export const MAX_INPUT_DEPTH = 200

type Found = { path: string; value: unknown }

/** Every rich-text value in the incoming data, with its field path; walks the fields, not the data's depth. */
const richTextValues = (fields: FlattenedField[], data: unknown, at: string, found: Found[]): Found[] => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return found
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = (data as Record<string, unknown>)[field.name]
    const path = at ? `${at}.${field.name}` : field.name
    if (field.type === 'richText') found.push({ path, value })
    else if (field.type === 'group' || field.type === 'tab') richTextValues(field.flattenedFields, value, path, found)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row, index) => richTextValues(field.flattenedFields, row, `${path}.${index}`, found))
    else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row: { blockType?: string }, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
        if (block) richTextValues(block.flattenedFields, row, `${path}.${index}`, found)
      })
    }
  }
  return found
}

/**
 * Refuses too big or too deep input before Payload touches it. Payload copies the data and the
 * rich-text editor walks it recursively before any field is validated, so a body nested
 * thousands deep overflowed the stack there and answered 500; this answers 400 with a sentence.
 */
const refuseOversized: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = (args as { data?: unknown }).data
  const errors = richTextValues(collection.flattenedFields, data, '', [])
    .map(({ path, value }) => ({ path, message: richTextProblem(value) }))
    .filter((error): error is { path: string; message: string } => error.message !== null)
  if (errors.length === 0 && nestingDepth(data, MAX_INPUT_DEPTH) > MAX_INPUT_DEPTH) {
    errors.push({ path: '', message: `The data sent is nested more than ${MAX_INPUT_DEPTH} levels deep, which no field here takes. Nothing was saved.` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return args
}

/** The collection with the oversized-input check running before its own operation hooks. */
export const refuseOversizedInput = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [refuseOversized, ...(collection.hooks?.beforeOperation ?? [])] },
})
