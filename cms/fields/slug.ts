import type { TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../lib/slugify'
import { textAnd } from '../lib/validators'

/** A URL slug filled from another field when left empty; unique within its collection. */
export const slugField = (from: string): TextField => ({
  name: 'slug',
  type: 'text',
  // Not `required`: the hook below always fills it, so editors and scripts may leave it out.
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Used in the page address. Left empty, it is made from the ${from}.`,
  },
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc }) => {
        if (typeof value === 'string' && value.trim() !== '') return value.trim()
        const source = data?.[from] ?? originalDoc?.[from]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  validate: textAnd(
    (value) => {
      if (!value) return 'Enter a slug, or a name to make one from.'
      return SLUG_PATTERN.test(String(value)) || 'Use lower-case letters, numbers and single hyphens only (for example "upper-wendle").'
    },
  ),
})
