import type { Question } from '../lib/answers'
import { SCALE } from '../lib/answers'
import { hasVisibleText } from '../lib/visibleText'
import { type CommunityBreakdown, communityBreakdown } from './byCommunity'
import type { Place } from './places'

export type ResultChannel = 'online' | 'paper' | 'event'

export type CountedResponse = {
  channel: ResultChannel
  moderation: 'pending' | 'approved' | 'rejected'
  /** Where the respondent lives, when the consultation asked (cluster and multi-community ones). */
  community?: number | string | { id: number | string } | null
  /** The drop-in, workshop or stall a paper or event response came from. */
  event?: number | string | { id: number | string } | null
  answers?: ReadonlyArray<{
    question: string
    text?: string | null
    choices?: ReadonlyArray<string> | null
    rating?: number | null
    quote?: boolean | null
  }> | null
}

type Common = { question: string; prompt: string; answered: number }
export type QuestionResult =
  | (Common & { kind: 'single' | 'multiple'; options: Array<{ option: string; label: string; count: number }> })
  | (Common & { kind: 'scale'; distribution: Array<{ rating: number; count: number }>; mean: number | null })
  | (Common & { kind: 'text'; quotes: string[] })

export type ConsultationResults = {
  responses: number
  byChannel: Record<ResultChannel, number>
  /** Responses collected at each event, by event id (events named on no response are left out). */
  byEvent: Array<{ event: string; responses: number }>
  questions: QuestionResult[]
  /** Results community by community, small numbers suppressed; null when the consultation did not ask. */
  byCommunity: CommunityBreakdown | null
}

/** At most this many quotes per question reach the site, in the order editors approved them. */
export const MAX_QUOTES = 6

const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * What people said, in numbers: counts per option, the spread of ratings, responses by channel,
 * and quotes only from written answers an editor chose and from responses cleared for quoting.
 */
export const consultationResults = (
  questions: ReadonlyArray<Question>,
  responses: ReadonlyArray<CountedResponse>,
  places: ReadonlyArray<Place> = [],
): ConsultationResults => {
  const byChannel: Record<ResultChannel, number> = { online: 0, paper: 0, event: 0 }
  for (const response of responses) byChannel[response.channel] += 1
  const byEvent = new Map<string, number>()
  for (const { event } of responses) {
    if (event === null || event === undefined) continue
    const id = typeof event === 'object' ? String(event.id) : String(event)
    byEvent.set(id, (byEvent.get(id) ?? 0) + 1)
  }

  const answersTo = (id: string) =>
    responses.flatMap((response) => (response.answers ?? []).filter((answer) => answer.question === id).map((answer) => ({ answer, response })))

  const results = questions
    .filter((question): question is Question & { id: string } => Boolean(question.id))
    .map((question): QuestionResult => {
      const given = answersTo(question.id)
      const common = { question: question.id, prompt: question.prompt }
      switch (question.kind) {
        case 'single':
        case 'multiple': {
          const counted = given.filter(({ answer }) => (answer.choices?.length ?? 0) > 0)
          const options = (question.options ?? [])
            .filter((option): option is { id: string; label: string } => Boolean(option.id))
            .map((option) => ({ option: option.id, label: option.label, count: counted.filter(({ answer }) => answer.choices?.includes(option.id)).length }))
          return { ...common, kind: question.kind, answered: counted.length, options }
        }
        case 'scale': {
          const ratings = given.map(({ answer }) => answer.rating).filter((rating): rating is number => typeof rating === 'number')
          const distribution = Array.from({ length: SCALE.max - SCALE.min + 1 }, (_, index) => SCALE.min + index).map((rating) => ({
            rating,
            count: ratings.filter((value) => value === rating).length,
          }))
          const mean = ratings.length === 0 ? null : round1(ratings.reduce((sum, value) => sum + value, 0) / ratings.length)
          return { ...common, kind: 'scale', answered: ratings.length, distribution, mean }
        }
        case 'text': {
          const written = given.filter(({ answer }) => hasVisibleText(answer.text))
          // The same words chosen twice are quoted once: a repeated quote reads as two voices.
          const quotes = [
            ...new Set(
              written
                .filter(({ answer, response }) => answer.quote === true && response.moderation === 'approved')
                .map(({ answer }) => (answer.text as string).trim()),
            ),
          ].slice(0, MAX_QUOTES)
          return { ...common, kind: 'text', answered: written.length, quotes }
        }
      }
    })
  return {
    responses: responses.length,
    byChannel,
    byEvent: [...byEvent].map(([event, count]) => ({ event, responses: count })),
    questions: results,
    byCommunity: places.length >= 2 ? communityBreakdown(questions, responses, places) : null,
  }
}
