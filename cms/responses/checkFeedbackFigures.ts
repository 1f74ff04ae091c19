import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Question } from '../lib/answers'
import { consultationResults } from './countResults'
import { figuresMatchingNoCount, resolveFigures } from './feedbackFigures'
import { readPlaces } from './readPlaces'
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
    merged.id === undefined
      ? consultationResults(merged.questions ?? [], [], places)
      : await countConsultation(req.payload, { id: merged.id, questions: merged.questions }, places)
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
