import type { CollectionSlug, FieldHook, SanitizedCollectionConfig, TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../lib/slugify'
import { notTaken, textAnd } from '../lib/validators'

const fallbackSlug = (collection: SanitizedCollectionConfig): string => {
  const singular = collection.labels?.singular
  return (typeof singular === 'string' && slugify(singular)) || slugify(collection.slug) || 'page'
}

/**
 * A slug made from the title is nudged to "-2", "-3"... when taken, so saving never fails on a
 * name two places happen to share; a slug typed by hand is kept exactly, and must be unique.
 */
const fillSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || !collection) return value
    // A name in a script slugify cannot spell in ASCII (Arabic, emoji...) still gets an address:
    // the collection's own word, nudged to "-2", "-3"... like any other taken slug.
    const base = slugify(source) || fallbackSlug(collection)
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      const taken = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: { and: [{ slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
  }

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
  hooks: { beforeValidate: [fillSlug(from)] },
  validate: textAnd(
    (value) => {
      if (!value) return 'Enter a slug, or a name to make one from.'
      return SLUG_PATTERN.test(String(value)) || 'Use lower-case letters, numbers and single hyphens only (for example "upper-wendle").'
    },
    notTaken('slug', 'This slug is already used by another page. Choose another.'),
  ),
})
