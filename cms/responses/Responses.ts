import { randomBytes } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { enterResponseForOwnConsultation, responsesOfOwnConsultations } from '../access/responsesAccess'
import { MAX_TEXT_ANSWER, SCALE } from '../lib/answers'
import { arrayAnd, numberAnd, relationshipAnd, textAnd, textareaAnd } from '../lib/validators'
import { answerFieldFits, consultationExists, requiredQuestionsAnswered } from './validateAnswers'

export const CHANNELS = [
  { label: 'Online', value: 'online' },
  { label: 'Paper form', value: 'paper' },
  { label: 'At an event', value: 'event' },
] as const

export const MODERATION = [
  { label: 'Waiting for review', value: 'pending' },
  { label: 'May be quoted', value: 'approved' },
  { label: 'Not to be quoted', value: 'rejected' },
] as const

/** A short code a resident can quote back, e.g. "R-7KQ2M9XD". */
const newReference = () => `R-${randomBytes(5).toString('hex').toUpperCase().slice(0, 8)}`

export const Responses: CollectionConfig = {
  slug: 'responses',
  // One person's answers: a copy would count them twice.
  disableDuplicate: true,
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'consultation', 'channel', 'moderation', 'createdAt'],
    description: 'Answers to consultations. Free-text answers are quoted publicly only once approved.',
    group: 'Plans and consultations',
    // The list reads only its columns, not every answer of every response on the page.
    enableListViewSelectAPI: true,
  },
  // What the list sorts by (newest first), behind what editors filter it by; each also serves
  // the filter alone, so the single-field indexes they replace would only slow each answer's insert.
  indexes: [{ fields: ['consultation', 'createdAt'] }, { fields: ['moderation', 'createdAt'] }],
  // Responses may hold personal views: staff, and the members whose communities asked. The public
  // answers through a validated endpoint. Deleting one (erasing a view) stays with editors.
  access: { read: responsesOfOwnConsultations, create: enterResponseForOwnConsultation, update: responsesOfOwnConsultations, delete: isEditor },
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, validate: relationshipAnd(consultationExists) },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Given to the respondent so they can refer to their response.' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value !== '' ? value : newReference())] },
    },
    {
      type: 'row',
      fields: [
        { name: 'channel', type: 'select', required: true, defaultValue: 'online', options: CHANNELS.map((channel) => ({ ...channel })) },
        { name: 'moderation', type: 'select', required: true, defaultValue: 'pending', options: MODERATION.map((status) => ({ ...status })) },
      ],
    },
    {
      name: 'community',
      label: 'Lives in',
      type: 'relationship',
      relationTo: 'communities',
      index: true,
      admin: {
        position: 'sidebar',
        description: 'For cluster and multi-community consultations: where the respondent said they live. Empty for somewhere else or not said.',
      },
    },
    {
      name: 'event',
      label: 'Collected at',
      type: 'relationship',
      relationTo: 'events',
      index: true,
      admin: {
        position: 'sidebar',
        condition: (data) => data?.channel === 'paper' || data?.channel === 'event',
        description: 'The drop-in, workshop or stall where this paper or event response was collected.',
      },
    },
    {
      name: 'answers',
      type: 'array',
      labels: { singular: 'Answer', plural: 'Answers' },
      admin: { components: { RowLabel: '/responses/AnswerRowLabel#AnswerRowLabel' } },
      validate: arrayAnd(requiredQuestionsAnswered),
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          maxLength: 64,
          validate: textAnd(answerFieldFits),
          admin: { components: { Field: '/responses/QuestionPicker#QuestionPicker' } },
        },
        { name: 'text', type: 'textarea', maxLength: MAX_TEXT_ANSWER, validate: textareaAnd(answerFieldFits) },
        {
          name: 'choices',
          type: 'text',
          hasMany: true,
          maxRows: 50,
          validate: textAnd(answerFieldFits),
          admin: { components: { Field: '/responses/ChoicePicker#ChoicePicker' } },
        },
        { name: 'rating', type: 'number', min: SCALE.min, max: SCALE.max, validate: numberAnd(answerFieldFits) },
        {
          name: 'quote',
          label: 'Quote this answer on the site',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Written answers only, and only once the response is marked “May be quoted”.' },
        },
      ],
    },
  ],
}
