import { type Question, SCALE, scaleEnds } from '../lib/answers'
import { ELSEWHERE_LABEL, type Place } from './places'

/**
 * The smallest number published for a group of people. Anything under it is shown as "fewer than
 * 10", so that a handful of neighbours cannot be picked out from a table.
 */
export const MIN_CELL = 10

/** A count that is null when it was under MIN_CELL: the real number never leaves the CMS. */
export type SuppressedCount = number | null

export type CommunityColumn = { name: string; responses: number }

export type CommunityQuestion = {
  question: string
  prompt: string
  kind: 'single' | 'multiple' | 'scale'
  rows: Array<{ label: string; counts: SuppressedCount[] }>
  answered: SuppressedCount[]
  /** Average rating per column, for scales; null where fewer than MIN_CELL people rated. */
  means: SuppressedCount[] | null
}

export type CommunityBreakdown = {
  /** Communities (and "Somewhere else or not said") with at least MIN_CELL responses, in order. */
  columns: CommunityColumn[]
  /** Communities with fewer responses: counted in the totals, never shown on their own. */
  notShown: string[]
  questions: CommunityQuestion[]
}

type CountedResponse = {
  community?: number | string | { id: number | string } | null
  answers?: ReadonlyArray<{ question: string; choices?: ReadonlyArray<string> | null; rating?: number | null }> | null
}

const suppress = (count: number): SuppressedCount => (count < MIN_CELL ? null : count)
const round1 = (value: number) => Math.round(value * 10) / 10

const communityOf = (response: CountedResponse): string | null => {
  const { community } = response
  if (community === null || community === undefined) return null
  return typeof community === 'object' ? String(community.id) : String(community)
}

/**
 * Choice and scale results split by where people live. Written answers are left out: a quote
 * tagged with a small village could point at its author.
 */
export const communityBreakdown = (
  questions: ReadonlyArray<Question>,
  responses: ReadonlyArray<CountedResponse>,
  places: ReadonlyArray<Place>,
): CommunityBreakdown => {
  const known = new Set(places.map((place) => place.id))
  const groups = [
    ...places.map((place) => ({ name: place.name, responses: responses.filter((response) => communityOf(response) === place.id) })),
    {
      name: `${ELSEWHERE_LABEL} or not said`,
      responses: responses.filter((response) => {
        const community = communityOf(response)
        return community === null || !known.has(community)
      }),
    },
  ]
  const shown = groups.filter((group) => group.responses.length >= MIN_CELL)
  // Every member community with too few responses is named, even with none; "somewhere else" only if anyone was.
  const notShown = groups
    .filter((group, index) => group.responses.length < MIN_CELL && (index < places.length || group.responses.length > 0))
    .map((group) => group.name)

  const answersIn = (group: (typeof groups)[number], id: string) =>
    group.responses.flatMap((response) => (response.answers ?? []).filter((answer) => answer.question === id))

  const breakdown = questions
    .filter((question): question is Question & { id: string; kind: 'single' | 'multiple' | 'scale' } => Boolean(question.id) && question.kind !== 'text')
    .map((question): CommunityQuestion => {
      if (question.kind === 'scale') {
        const ratingsIn = shown.map((group) =>
          answersIn(group, question.id)
            .map((answer) => answer.rating)
            .filter((rating): rating is number => typeof rating === 'number'),
        )
        const ends = scaleEnds(question)
        const points = Array.from({ length: SCALE.max - SCALE.min + 1 }, (_, index) => SCALE.min + index)
        return {
          question: question.id,
          prompt: question.prompt,
          kind: 'scale',
          rows: points.map((point) => ({
            label: point === SCALE.min ? `${point} (${ends.low})` : point === SCALE.max ? `${point} (${ends.high})` : String(point),
            counts: ratingsIn.map((ratings) => suppress(ratings.filter((rating) => rating === point).length)),
          })),
          answered: ratingsIn.map((ratings) => suppress(ratings.length)),
          means: ratingsIn.map((ratings) => (ratings.length < MIN_CELL ? null : round1(ratings.reduce((sum, value) => sum + value, 0) / ratings.length))),
        }
      }
      const chosenIn = shown.map((group) => answersIn(group, question.id).filter((answer) => (answer.choices?.length ?? 0) > 0))
      return {
        question: question.id,
        prompt: question.prompt,
        kind: question.kind,
        rows: (question.options ?? [])
          .filter((option): option is { id: string; label: string } => Boolean(option.id))
          .map((option) => ({
            label: option.label,
            counts: chosenIn.map((answers) => suppress(answers.filter((answer) => answer.choices?.includes(option.id)).length)),
          })),
        answered: chosenIn.map((answers) => suppress(answers.length)),
        means: null,
      }
    })

  return {
    columns: shown.map((group) => ({ name: group.name, responses: group.responses.length })),
    notShown,
    questions: breakdown,
  }
}
