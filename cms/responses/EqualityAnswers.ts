import { randomUUID } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { EQUALITY_CHOICES, EQUALITY_QUESTIONS, MAX_GENDER_TEXT } from './equality'

/**
 * Optional equality-monitoring answers. Kept apart from responses on purpose: a record links
 * to the consultation only, never to the response, so nobody can join views to identities.
 * Nor can they be lined up by time or order: a record has no timestamps, and a random id
 * instead of a counter (or a MongoDB ObjectId, which holds its creation time).
 */
export const EqualityAnswers: CollectionConfig = {
  slug: 'equality-answers',
  // One person's answers: a copy would count them twice.
  disableDuplicate: true,
  labels: { singular: 'Person who took part', plural: 'Who took part' },
  admin: {
    defaultColumns: ['consultation', 'ageBand', 'disability', 'ethnicGroup'],
    description: 'Who took part, so that seldom-heard groups can be reached next time. Admins only.',
    group: 'Plans and consultations',
  },
  access: { read: isAdmin, create: isEditor, update: isAdmin, delete: isAdmin },
  timestamps: false,
  defaultSort: 'consultation',
  fields: [
    {
      name: 'id',
      type: 'text',
      defaultValue: () => randomUUID(),
      admin: { hidden: true },
    },
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true },
    ...EQUALITY_CHOICES.map((name) => ({
      name,
      label: EQUALITY_QUESTIONS[name].legend,
      type: 'select' as const,
      options: EQUALITY_QUESTIONS[name].options.map((option) => ({ ...option })),
    })),
    { name: 'gender', type: 'text', maxLength: MAX_GENDER_TEXT, admin: { description: 'In the respondent’s own words.' } },
  ],
}
