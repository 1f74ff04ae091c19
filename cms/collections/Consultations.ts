import type { CollectionConfig, Validate } from 'payload'

import { membersNameAnOwner } from '../access/membersNameAnOwner'
import { membersReportOnClosedConsultations } from '../access/membersReportOnClosedConsultations'
import { ownedContentAccess, ownedContentOperations, updateOwn } from '../access/ownedContent'
import type { Ownership } from '../access/ownership'
import { exportEqualityEndpoint, exportResponsesEndpoint } from '../responses/exportResponses'
import { checkFeedbackFigures } from '../responses/checkFeedbackFigures'
import { FIGURE_HELP } from '../responses/feedbackFigures'
import { feedbackFiguresEndpoint } from '../responses/feedbackFiguresEndpoint'
import { consultationReachEndpoint } from '../responses/reachEndpoints'
import { respondEndpoint } from '../responses/respond'
import { thankYouEndpoint } from '../responses/thankYou'
import { ownerFields } from '../fields/owner'
import { slugField } from '../fields/slug'
import { viewOnSiteField } from '../fields/viewOnSite'
import { draftPreviewEndpoint } from '../export/draftPreview'
import { QUESTION_KINDS } from '../lib/answers'
import { PHASES, consultationPhase } from '../shared/consultationPhase'
import { arrayAnd, dateAnd, plainName, textAnd } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { inNewslettersNotYetSent } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { rowLabelFrom } from '../fields/rowLabel'

const ownership: Ownership = { communityField: 'communities' }

const QUESTION_KIND_LABELS: Record<(typeof QUESTION_KINDS)[number], string> = {
  text: 'Free text',
  single: 'Choose one',
  multiple: 'Choose any',
  scale: 'Scale of 1 to 5',
}

// A hint that says what 1 and 5 mean repeats (or contradicts) the scale's end labels.
const hintNotDoublingScale: Validate = (value, { siblingData }) => {
  const kind = (siblingData as { kind?: string }).kind
  if (kind !== 'scale' || typeof value !== 'string') return true
  return /\b1\b[^.]*\b5\b/.test(value) ? 'Say what 1 and 5 mean in the end labels below, not in the hint: the form shows them next to the numbers.' : true
}

const AGE_QUESTION = /\bhow old\b|\b(your|age) (age|band|group)\b|^age\b/i

// The "About you" section asks everyone's age; a second age question asks it twice.
const oneAgeQuestion: Validate = (value, { data }) => {
  if ((data as { asksOwnAge?: boolean }).asksOwnAge) return true
  const asked = (Array.isArray(value) ? (value as Array<{ prompt?: string }>) : []).find((question) => AGE_QUESTION.test(question.prompt ?? ''))
  return asked
    ? `“${asked.prompt}” asks people’s age, which the “About you” section already asks. Remove it, or tick “Asks its own age question” so that section leaves age out.`
    : true
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
    group: 'Plans and consultations',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-opensAt',
  // Members draft; an editor publishes. Once published and closed, members publish their own
  // "you said, we did" (membersReportOnClosedConsultations holds them to that).
  access: { ...ownedContentAccess(ownership, { mayPublish: false, mayDelete: false }), update: updateOwn({ ...ownership, membersMayPublish: true }) },
  endpoints: [
    respondEndpoint,
    thankYouEndpoint,
    exportResponsesEndpoint,
    exportEqualityEndpoint,
    feedbackFiguresEndpoint,
    consultationReachEndpoint,
    draftPreviewEndpoint('consultations'),
  ],
  hooks: {
    beforeOperation: ownedContentOperations(ownership),
    beforeChange: [membersNameAnOwner(ownership), membersReportOnClosedConsultations, checkFeedbackFigures],
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
    viewOnSiteField('consultation', true),
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
      name: 'asksOwnAge',
      label: 'Asks its own age question',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Tick only if a question below asks age in bands of its own (say, for young people); the optional “About you” section then leaves age out, so nobody is asked twice.',
      },
    },
    {
      name: 'questions',
      type: 'array',
      labels: { singular: 'Question', plural: 'Questions' },
      validate: arrayAnd(oneAgeQuestion),
      admin: {
        components: { RowLabel: rowLabelFrom('prompt', 'Question') },
        description:
          'Ask as few questions as you need. Each one is shown with its hint. A consultation for a cluster or several communities also asks “Which community do you live in?” by itself.',
      },
      fields: [
        { name: 'prompt', label: 'Question', type: 'text', required: true, maxLength: 300, validate: textAnd(plainName) },
        {
          name: 'hint',
          type: 'text',
          maxLength: 300,
          validate: textAnd(hintNotDoublingScale),
          admin: { description: 'Optional help shown under the question.' },
        },
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
          admin: {
            condition: (_data, siblingData) => siblingData?.kind === 'single' || siblingData?.kind === 'multiple',
            components: { RowLabel: rowLabelFrom('label', 'Option') },
          },
          fields: [{ name: 'label', type: 'text', required: true, maxLength: 200, validate: textAnd(plainName) }],
        },
        {
          name: 'scaleLabels',
          label: 'What the ends of the scale mean',
          type: 'group',
          admin: { condition: (_data, siblingData) => siblingData?.kind === 'scale' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'low', label: '1 means', type: 'text', maxLength: 60, validate: textAnd(plainName), admin: { placeholder: 'not at all' } },
                { name: 'high', label: '5 means', type: 'text', maxLength: 60, validate: textAnd(plainName), admin: { placeholder: 'very much' } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'otherWays',
      label: 'Other ways to answer',
      type: 'group',
      admin: {
        description:
          'Shown beside the online form, with a printable paper copy made from the questions above. Fill in what you offer; staff enter returned forms under Responses.',
      },
      fields: [
        { name: 'post', label: 'Post your answers to', type: 'textarea', maxLength: 400 },
        {
          type: 'row',
          fields: [
            { name: 'phone', label: 'Answer by phone on', type: 'text', maxLength: 40, validate: textAnd(plainName) },
            { name: 'phoneHours', label: 'When to call', type: 'text', maxLength: 120, validate: textAnd(plainName) },
          ],
        },
        { name: 'paperCopies', label: 'Where to pick up a paper copy', type: 'textarea', maxLength: 600 },
        {
          name: 'formats',
          label: 'Other formats on request',
          type: 'textarea',
          maxLength: 400,
          admin: { description: 'Large print, easy read, Braille, audio, other languages: what you can provide and whom to ask.' },
        },
      ],
    },
    {
      name: 'documents',
      type: 'array',
      maxRows: 12,
      labels: { singular: 'Document', plural: 'Documents' },
      admin: { description: 'The draft plan, maps or reports people need to answer well. Upload PDFs or images to Media first.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 160, validate: textAnd(plainName) },
            { name: 'file', type: 'upload', relationTo: 'media', required: true },
          ],
        },
      ],
    },
    { name: 'reach', type: 'ui', admin: { components: { Field: '/responses/ReachView#ReachView' } } },
    {
      name: 'feedback',
      label: 'You said, we did',
      type: 'group',
      admin: { description: 'After closing: what people told you and what happened because of it.' },
      fields: [
        { name: 'youSaid', label: 'You said', type: 'textarea', maxLength: 4000, admin: { description: FIGURE_HELP } },
        { name: 'figuresPreview', type: 'ui', admin: { components: { Field: '/responses/FeedbackFigures#FeedbackFigures' } } },
        {
          name: 'figuresChecked',
          label: 'I have checked the numbers written in “You said”',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Needed only when “You said” has numbers that match no count in the responses; live figures need no check.' },
        },
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
