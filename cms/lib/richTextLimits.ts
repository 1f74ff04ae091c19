import { type Validate, validations } from 'payload'

import { nestingDepth } from './nestingDepth'

/**
 * Limits on every rich-text field. Bodies go out by mail (common SMTP servers refuse messages of
 * 10 MB or more, and HTML plus plain text doubles the size), and every reader of the stored tree
 * (the editor, the database driver, the HTML converters) walks it recursively, so a tree nested
 * thousands deep overflows the stack.
 */
export const RICH_TEXT_LIMITS = {
  /** Bytes of the stored JSON: a long guide of 20,000 words with formatting is about 400 KB. */
  maxBytes: 1_000_000,
  /** Levels of JSON nesting: a list nested ten deep inside a quote is about 50. */
  maxDepth: 100,
} as const

/** A sentence naming what makes the rich text too big or too deep; null when it fits. */
export const richTextProblem = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (nestingDepth(value, RICH_TEXT_LIMITS.maxDepth) > RICH_TEXT_LIMITS.maxDepth) {
    return `This text is nested too deeply: more than ${RICH_TEXT_LIMITS.maxDepth} levels of lists, quotes or formatting inside one another. Flatten the nesting and save again.`
  }
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length
  if (bytes > RICH_TEXT_LIMITS.maxBytes) {
    return `This text is too long to store and send by email: it takes ${Math.ceil(bytes / 1000).toLocaleString('en-GB')} KB, and the limit is ${(RICH_TEXT_LIMITS.maxBytes / 1000).toLocaleString('en-GB')} KB. Shorten it, or put the long part in a document to download.`
  }
  return null
}

/**
 * The validator for every rich-text field: our limits first, so the editor's own check (which
 * walks the tree recursively) never sees a tree too deep for it, then the editor's check.
 */
export const richTextWithinLimits: Validate = async (value, options) => richTextProblem(value) ?? (validations.richText as Validate)(value, options)
