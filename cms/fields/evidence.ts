import type { ArrayField } from 'payload'

import { EVIDENCE_KINDS } from '../shared/options'
import { httpUrl, plainName, textAnd } from '../lib/validators'

/** The surveys, audits and counts a plan or a community's priorities rest on, each with its date and source. */
export const evidenceField = (description: string): ArrayField => ({
  name: 'evidence',
  label: 'Evidence documents',
  type: 'array',
  labels: { singular: 'Evidence document', plural: 'Evidence documents' },
  admin: { initCollapsed: true, description },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, validate: textAnd(plainName) },
        { name: 'kind', type: 'select', required: true, options: EVIDENCE_KINDS.map((kind) => ({ ...kind })) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } } },
        { name: 'source', type: 'text', required: true, maxLength: 200, admin: { description: 'Who carried it out or published it.' } },
      ],
    },
    { name: 'url', label: 'Web address', type: 'text', maxLength: 500, validate: textAnd(httpUrl) },
    { name: 'file', type: 'upload', relationTo: 'media' },
  ],
})
