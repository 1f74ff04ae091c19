import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { isEditor } from '../access/isEditor'
import { type Answer, type Question, MAX_TEXT_ANSWER, SCALE, answerProblems } from '../lib/answers'

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

const answersMatchQuestions: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const consultationRef = data.consultation ?? originalDoc?.consultation
  const consultationId = typeof consultationRef === 'object' && consultationRef !== null ? consultationRef.id : consultationRef
  const consultation = await req.payload.findByID({
    collection: 'consultations',
    id: consultationId,
    depth: 0,
    draft: false,
    select: { questions: true },
    req,
    disableErrors: true,
  })
  if (!consultation) {
    throw new ValidationError({ collection: 'responses', errors: [{ path: 'consultation', message: 'That consultation does not exist.' }] }, req.t)
  }
  const questions = (consultation.questions ?? []) as Question[]
  const answers = (data.answers ?? originalDoc?.answers ?? []) as Answer[]
  const problems = answerProblems(questions, answers)
  if (problems.length > 0) throw new ValidationError({ collection: 'responses', errors: problems }, req.t)
  return data
}

export const Responses: CollectionConfig = {
  slug: 'responses',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'consultation', 'channel', 'moderation', 'createdAt'],
    description: 'Answers to consultations. Free-text answers are quoted publicly only once approved.',
    group: 'Planning',
  },
  // Responses may hold personal views: staff only. The public answers through a validated endpoint.
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [answersMatchQuestions] },
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true },
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
        { name: 'moderation', type: 'select', required: true, defaultValue: 'pending', index: true, options: MODERATION.map((status) => ({ ...status })) },
      ],
    },
    {
      name: 'answers',
      type: 'array',
      labels: { singular: 'Answer', plural: 'Answers' },
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 64, admin: { description: 'The id of the question this answers.' } },
        { name: 'text', type: 'textarea', maxLength: MAX_TEXT_ANSWER },
        { name: 'choices', type: 'text', hasMany: true, maxRows: 50, admin: { description: 'Ids of the chosen options.' } },
        { name: 'rating', type: 'number', min: SCALE.min, max: SCALE.max },
      ],
    },
  ],
}
