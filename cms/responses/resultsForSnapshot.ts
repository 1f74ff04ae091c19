import type { Payload } from 'payload'

import { consultationPhase } from '../shared/consultationPhase'
import type { Question } from '../lib/answers'
import { type ConsultationResults, consultationResults } from './countResults'
import type { Place } from './places'
import { groupBy } from '../shared/grouping'

type Counted = { id: number | string; questions?: ReadonlyArray<Question> | null }

/** What counting reads of a response; named field by field: on SQLite, `answers: true` leaves out the hasMany `choices` (Payload 3.90.1). */
const COUNTED_FIELDS = {
  consultation: true,
  channel: true,
  moderation: true,
  community: true,
  event: true,
  answers: { question: true, text: true, choices: true, rating: true, quote: true },
} as const

/** The responses to these consultations with system access, oldest first. */
const responsesTo = (payload: Payload, consultations: ReadonlyArray<number | string>) =>
  payload
    .find({
      collection: 'responses',
      where: { consultation: { in: consultations } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      limit: 0,
      sort: 'createdAt',
      select: COUNTED_FIELDS,
    })
    .then((result) => result.docs)

/**
 * Counts one consultation's responses with system access. Only totals, suppressed community
 * figures and the quotes editors cleared come out of it.
 */
export const countConsultation = async (payload: Payload, consultation: Counted, places: ReadonlyArray<Place>): Promise<ConsultationResults> =>
  consultationResults(consultation.questions ?? [], await responsesTo(payload, [consultation.id]), places)

/**
 * The one export that reads a staff-only collection: responses are counted with system access,
 * and only the totals and the quotes editors cleared leave this function. Open and upcoming
 * consultations get no results, so early numbers cannot sway people still answering.
 */
export const resultsOfClosedConsultations = async (
  payload: Payload,
  consultations: ReadonlyArray<
    Counted & {
      opensAt: string
      closesAt: string
      feedback?: { reportedAt?: string | null } | null
      places: ReadonlyArray<Place>
    }
  >,
  now: Date = new Date(),
): Promise<Map<string, ConsultationResults>> => {
  const closed = consultations.filter((consultation) => ['closed', 'reported'].includes(consultationPhase(consultation, now)))
  const ids = closed.map((consultation) => consultation.id)
  // One read for all of them: at scale, hundreds of reads of a few responses each cost far more than one.
  const responses = ids.length > 0 ? await responsesTo(payload, ids) : []
  const byConsultation = groupBy(responses, (response) => String(typeof response.consultation === 'object' ? response.consultation.id : response.consultation))
  const results = new Map<string, ConsultationResults>()
  for (const { id, questions, places } of closed) results.set(String(id), consultationResults(questions ?? [], byConsultation.get(String(id)) ?? [], places))
  return results
}

/** How many responses name each event, with system access: only the counts leave this function. */
export const responsesPerEvent = async (payload: Payload): Promise<Map<string, number>> => {
  const { docs } = await payload.find({
    collection: 'responses',
    where: { event: { exists: true } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { event: true },
  })
  const counts = new Map<string, number>()
  for (const { event } of docs) {
    if (event === null || event === undefined) continue
    const id = String(typeof event === 'object' ? event.id : event)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
