import type { CollectionConfig, Validate } from 'payload'

import { membersNameAnOwner } from '../access/membersNameAnOwner'
import { ownedContentAccess, ownedContentOperations } from '../access/ownedContent'
import type { Ownership } from '../access/ownership'
import { exportEqualityEndpoint, exportResponsesEndpoint } from '../responses/exportResponses'
import { respondEndpoint } from '../responses/respond'
import { ownerFields } from '../fields/owner'
import { slugField } from '../fields/slug'
import { QUESTION_KINDS } from '../lib/answers'
import { PHASES, consultationPhase } from '../shared/consultationPhase'
import { arrayAnd, dateAnd, plainName, textAnd } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { inNewslettersNotYetSent } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'

const ownership: Ownership = { communityField: 'communities' }

const QUESTION_KIND_LABELS: Record<(typeof QUESTION_KINDS)[number], string> = {
  text: 'Free text',
  single: 'Choose one',
  multiple: 'Choose any',
  scale: 'Scale of 1 to 5',
}

const closesAfterOpens: Validate = (value, { siblingData }) => {
  const opens = (siblingData as { opensAt?: string | null }).opensAt
  if (!value || !opens) return true
  return new Date(value as string).getTime() > new Date(opens).getTime() || 'The closing date must be after the opening date.'
}

const enoughOptions: Validate = (value, { siblingData }) => {
  const kind = (siblingData as { kind?: string }).kind
  const count = Array.isArray(value) ? value.length : 0
  if ((kind === 'single' || kind === 'multiple') && count < 2) return 'A choice question needs at least two options.'
  return true
}

export const Consultations: CollectionConfig = {
  slug: 'consultations',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'communities', 'cluster', 'opensAt', 'closesAt', '_status'],
    listSearchableFields: ['title', 'summary'],
    description: 'Questions put to residents, open between two dates, with what was done about the answers.',
    group: 'Planning',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-opensAt',
  access: ownedContentAccess(ownership, { mayPublish: false, mayDelete: false }),
  endpoints: [respondEndpoint, exportResponsesEndpoint, exportEqualityEndpoint],
  hooks: {
    beforeOperation: ownedContentOperations(ownership),
    beforeChange: [membersNameAnOwner(ownership)],
    beforeDelete: [
      refuseDeleteWhileUsed('consultation', [
        { collection: 'responses', field: 'consultation', noun: ['response', 'responses'] },
        { collection: 'equality-answers', field: 'consultation', noun: ['equality monitoring answer', 'equality monitoring answers'] },
        inNewslettersNotYetSent('content.consultations'),
      ]),
    ],
    afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange],
    afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, index: true, maxLength: 160, validate: textAnd(plainName) },
    slugField('title'),
    ...ownerFields(ownership, 'consultation'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: 'What is being decided and why residents’ views matter, in plain words.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', label: 'Opens', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'closesAt',
          label: 'Closes',
          type: 'date',
          required: true,
          index: true,
          validate: dateAnd(closesAfterOpens),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'downloads',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/responses/ResponseDownloads#ResponseDownloads' } },
    },
    {
      name: 'phase',
      type: 'select',
      virtual: true,
      options: PHASES.map((phase) => ({ label: phase[0]!.toUpperCase() + phase.slice(1), value: phase })),
      admin: { readOnly: true, position: 'sidebar', description: 'Worked out from the dates and the feedback below.' },
      hooks: { afterRead: [({ data }) => (data ? consultationPhase(data) : undefined)] },
    },
    {
      name: 'questions',
      type: 'array',
      labels: { singular: 'Question', plural: 'Questions' },
      admin: { description: 'Ask as few questions as you need. Each one is shown with its hint.' },
      fields: [
        { name: 'prompt', label: 'Question', type: 'text', required: true, maxLength: 300, validate: textAnd(plainName) },
        { name: 'hint', type: 'text', maxLength: 300, admin: { description: 'Optional help shown under the question.' } },
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              label: 'Answer type',
              type: 'select',
              required: true,
              defaultValue: 'text',
              options: QUESTION_KINDS.map((kind) => ({ label: QUESTION_KIND_LABELS[kind], value: kind })),
            },
            { name: 'required', type: 'checkbox', defaultValue: false, admin: { description: 'People must answer before they can send.' } },
          ],
        },
        {
          name: 'options',
          type: 'array',
          labels: { singular: 'Option', plural: 'Options' },
          validate: arrayAnd(enoughOptions),
          admin: { condition: (_data, siblingData) => siblingData?.kind === 'single' || siblingData?.kind === 'multiple' },
          fields: [{ name: 'label', type: 'text', required: true, maxLength: 200, validate: textAnd(plainName) }],
        },
      ],
    },
    {
      name: 'feedback',
      label: 'You said, we did',
      type: 'group',
      admin: { description: 'After closing: what people told you and what happened because of it.' },
      fields: [
        { name: 'youSaid', label: 'You said', type: 'textarea', maxLength: 4000 },
        { name: 'weDid', label: 'We did', type: 'textarea', maxLength: 4000 },
        {
          name: 'followUps',
          label: 'What followed',
          type: 'relationship',
          relationTo: ['plans', 'influence-logs'],
          hasMany: true,
          admin: { description: 'The plans and influence logs that acted on what people said; linked under “We did”.' },
        },
        {
          name: 'reportedAt',
          label: 'Published on',
          type: 'date',
          admin: { description: 'Set this when the feedback is ready for the public; the consultation then shows as reported.' },
        },
      ],
    },
  ],
}
