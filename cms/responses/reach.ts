import { MIN_CELL, type SuppressedCount } from './byCommunity'
import { EQUALITY_CHOICES, EQUALITY_QUESTIONS, type EqualityChoice } from './equality'

/** A group of residents in a community profile, as "question:answer" (e.g. "ageBand:16-24"). */
export type PopulationGroup = `${EqualityChoice}:${string}`

const PREFER_NOT = 'prefer-not-to-say'

/** Every group a population profile can give figures for: each equality answer but "Prefer not to say". */
export const POPULATION_GROUPS = EQUALITY_CHOICES.flatMap((question) =>
  EQUALITY_QUESTIONS[question].options
    .filter((option) => option.value !== PREFER_NOT)
    .map((option) => ({ value: `${question}:${option.value}` as PopulationGroup, label: `${EQUALITY_QUESTIONS[question].legend} ${option.label}` })),
)

/** A group is under-represented when its share of respondents is under three quarters of its share of residents. */
export const UNDER_REPRESENTED_BELOW = 0.75

export type ReachRow = {
  question: EqualityChoice
  answer: string
  label: string
  respondents: SuppressedCount
  /** Percent of those who answered the question; null when suppressed. */
  respondentShare: number | null
  /** Percent of residents, from the profiles; null without figures. */
  residentShare: number | null
  underRepresented: boolean
}

export type ReachReport = {
  /** How many answered each question (not "prefer not to say"), suppressed under MIN_CELL. */
  answered: Record<EqualityChoice, SuppressedCount>
  rows: ReachRow[]
}

type Answers = ReadonlyArray<Partial<Record<EqualityChoice, string | null>>>

/**
 * Who answered against who lives there, from equality answers alone: aggregates only, every
 * count under MIN_CELL suppressed, so no row can point at a person.
 */
export const reachReport = (answers: Answers, population: ReadonlyArray<{ group: string; people: number }>): ReachReport => {
  const answered = {} as Record<EqualityChoice, SuppressedCount>
  const rows = EQUALITY_CHOICES.flatMap((question) => {
    const given = answers.map((answer) => answer[question]).filter((value): value is string => Boolean(value) && value !== PREFER_NOT)
    answered[question] = given.length < MIN_CELL ? null : given.length
    const residents = population.filter((row) => row.group.startsWith(`${question}:`))
    const residentTotal = residents.reduce((sum, row) => sum + row.people, 0)
    return EQUALITY_QUESTIONS[question].options
      .filter((option) => option.value !== PREFER_NOT)
      .map((option): ReachRow => {
        const count = given.filter((value) => value === option.value).length
        const people = residents.filter((row) => row.group === `${question}:${option.value}`).reduce((sum, row) => sum + row.people, 0)
        const residentShare = residentTotal > 0 ? people / residentTotal : null
        const expected = residentShare === null ? 0 : residentShare * given.length
        return {
          question,
          answer: option.value,
          label: option.label,
          respondents: count < MIN_CELL ? null : count,
          respondentShare: count < MIN_CELL || given.length === 0 ? null : Math.round((count / given.length) * 100),
          residentShare: residentShare === null ? null : Math.round(residentShare * 100),
          // Judged only once enough people answered the question for shares to mean something.
          underRepresented: given.length >= MIN_CELL && expected >= 1 && count < UNDER_REPRESENTED_BELOW * expected,
        }
      })
  })
  return { answered, rows }
}
