import type { TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../lib/slugify'

/** A URL slug filled from another field when left empty; unique within its collection. */
export const slugField = (from: string): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
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
  validate: (value: string | null | undefined) =>
    !value || SLUG_PATTERN.test(value) || 'Use lower-case letters, numbers and single hyphens only (for example "upper-wendle").',
})
