import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'

const preferNot = { label: 'Prefer not to say', value: 'prefer-not-to-say' }

/**
 * Optional equality-monitoring answers. Kept apart from responses on purpose: a record links
 * to the consultation only, never to the response, so nobody can join views to identities.
 */
export const EqualityAnswers: CollectionConfig = {
  slug: 'equality-answers',
  labels: { singular: 'Equality monitoring answer', plural: 'Equality monitoring' },
  admin: {
    defaultColumns: ['consultation', 'ageBand', 'disability', 'createdAt'],
    description: 'Who took part, so that seldom-heard groups can be reached next time. Admins only.',
    group: 'Planning',
  },
  access: { read: isAdmin, create: isEditor, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true },
    {
      name: 'ageBand',
      type: 'select',
      options: ['under-16', '16-24', '25-44', '45-64', '65-74', '75-plus'].map((value) => ({ label: value.replace('-plus', ' or over').replace('-', ' to '), value })).concat(preferNot),
    },
    {
      name: 'disability',
      label: 'Disabled or long-term health condition',
      type: 'select',
      options: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }, preferNot],
    },
    {
      name: 'ethnicGroup',
      type: 'select',
      options: [
        { label: 'Asian or Asian British', value: 'asian' },
        { label: 'Black, Black British, Caribbean or African', value: 'black' },
        { label: 'Mixed or multiple ethnic groups', value: 'mixed' },
        { label: 'White', value: 'white' },
        { label: 'Another ethnic group', value: 'other' },
        preferNot,
      ],
    },
    { name: 'gender', type: 'text', maxLength: 60, admin: { description: 'In the respondent’s own words.' } },
  ],
}
