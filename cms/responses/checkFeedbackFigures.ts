import { type CollectionBeforeChangeHook, type Payload, ValidationError } from 'payload'

import type { Question } from '../lib/answers'
import { consultationResults } from './countResults'
import { figuresMatchingNoCount, resolveFigures } from './feedbackFigures'
import { type Place, placesOf } from './places'
import { countConsultation } from './resultsForSnapshot'

type Feedback = { youSaid?: string | null; reportedAt?: string | null; figuresChecked?: boolean | null }
type ConsultationData = {
  id?: number | string
  _status?: 'draft' | 'published' | null
  communities?: ReadonlyArray<unknown> | null
  cluster?: unknown
  questions?: ReadonlyArray<Question> | null
  feedback?: Feedback | null
}

const idOf = (value: unknown): number | string | null =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : null

const readPlaces = async (payload: Payload, consultation: ConsultationData): Promise<Place[]> => {
  const clusterId = idOf(consultation.cluster)
  const clusters =
    clusterId === null
      ? []
      : (await payload.find({ collection: 'clusters', where: { id: { equals: clusterId } }, depth: 0, limit: 1, select: { members: true }, overrideAccess: true })).docs
  const ids = (clusters[0]?.members ?? consultation.communities ?? []).map(idOf).filter((id): id is number | string => id !== null)
  if (ids.length < 2) return []
  const { docs } = await payload.find({ collection: 'communities', where: { id: { in: ids } }, depth: 0, pagination: false, limit: 0, select: { name: true }, overrideAccess: true })
  return placesOf(consultation, clusters, docs)
}

/**
 * Before feedback is published, its figures are checked against the responses: a placeholder that
 * names nothing is refused, and written numbers that match no count must be confirmed by the editor,
 * so "38 of you" cannot sit above a table that says 10 by accident.
 */
export const checkFeedbackFigures: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const merged = { ...(originalDoc as ConsultationData | undefined), ...(data as ConsultationData) }
  const feedback = { ...(originalDoc as ConsultationData | undefined)?.feedback, ...(data as ConsultationData).feedback }
  if (!feedback.youSaid || !feedback.reportedAt || merged._status === 'draft') return data
  const places = await readPlaces(req.payload, merged)
  const results =
    merged.id === undefined ? consultationResults(merged.questions ?? [], [], places) : await countConsultation(req.payload, { id: merged.id, questions: merged.questions }, places)
  const { problems } = resolveFigures(feedback.youSaid, results)
  const unmatched = figuresMatchingNoCount(feedback.youSaid, results)
  const errors = [
    ...(problems.length > 0 ? [{ path: 'feedback.youSaid', message: `These live figures name nothing in the results: ${problems.join(' ')}` }] : []),
    ...(unmatched.length > 0 && !feedback.figuresChecked
      ? [
          {
            path: 'feedback.figuresChecked',
            message: `“You said” has numbers that match no count in the responses: ${unmatched.join(', ')}. Quote live figures such as {{count:2:Option}} instead, or tick this box to publish the numbers as written.`,
          },
        ]
      : []),
  ]
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
