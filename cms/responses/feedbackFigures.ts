import { SCALE } from '../lib/answers'
import type { ConsultationResults, QuestionResult } from './countResults'

/**
 * Live figures in "You said": editors write placeholders that are replaced with the counts when the
 * site is built, so the words and the tables on the same page cannot disagree.
 *
 *   {{responses}}             everyone who responded
 *   {{channel:paper}}         responses online, on paper or at events
 *   {{count:2:Empty shops}}   people who chose that option in question 2
 *   {{answered:2}}            people who answered question 2
 *   {{mean:3}}                the average rating of question 3
 *   {{community:Wrenfold}}    responses from that community ("fewer than 10" when suppressed)
 *
 * A question is named by its number on the form or by its id; an option by its label.
 */
export const FIGURE_HELP =
  'Quote live figures: {{responses}}, {{channel:paper}}, {{count:2:Option label}}, {{answered:2}}, {{mean:3}}, {{community:Name}}. Question numbers are as on the form.'

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*(?::([^:}]*))?(?::([^}]*))?\}\}/gi

export type ResolvedFigures = { text: string; problems: string[] }

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB')

const questionNamed = (results: ConsultationResults, reference: string | undefined): QuestionResult | undefined => {
  if (!reference) return undefined
  const trimmed = reference.trim()
  if (/^\d+$/.test(trimmed)) return results.questions[Number(trimmed) - 1]
  return results.questions.find((question) => question.question === trimmed)
}

const figure = (results: ConsultationResults, kind: string, first: string | undefined, second: string | undefined): string | { problem: string } => {
  switch (kind.toLowerCase()) {
    case 'responses':
      return String(results.responses)
    case 'channel': {
      const channel = (first ?? '').trim().toLowerCase() as keyof ConsultationResults['byChannel']
      return channel in results.byChannel ? String(results.byChannel[channel]) : { problem: 'a channel is online, paper or event' }
    }
    case 'count': {
      const question = questionNamed(results, first)
      if (!question) return { problem: `there is no question ${first ?? ''}` }
      if (question.kind === 'scale') {
        const row = question.distribution.find((candidate) => String(candidate.rating) === (second ?? '').trim())
        return row ? String(row.count) : { problem: `a rating is a whole number from ${SCALE.min} to ${SCALE.max}` }
      }
      if (question.kind === 'text') return { problem: `question ${first} takes written answers, which are not counted by option` }
      const option = question.options.find((candidate) => same(candidate.label, second ?? '') || candidate.option === second)
      return option ? String(option.count) : { problem: `question ${first} has no option “${(second ?? '').trim()}”` }
    }
    case 'answered': {
      const question = questionNamed(results, first)
      return question ? String(question.answered) : { problem: `there is no question ${first ?? ''}` }
    }
    case 'mean': {
      const question = questionNamed(results, first)
      if (!question || question.kind !== 'scale') return { problem: `question ${first ?? ''} is not a scale` }
      return question.mean === null ? 'no' : String(question.mean)
    }
    case 'community': {
      const name = first ?? ''
      const column = results.byCommunity?.columns.find((candidate) => same(candidate.name, name))
      if (column) return String(column.responses)
      if (results.byCommunity?.notShown.some((candidate) => same(candidate, name))) return 'fewer than 10'
      return { problem: results.byCommunity ? `no community here is called “${name.trim()}”` : 'this consultation does not ask where people live' }
    }
    default:
      return { problem: `“${kind}” is not a kind of figure` }
  }
}

/** The text with every placeholder replaced, and a sentence for each one that names nothing. */
export const resolveFigures = (text: string, results: ConsultationResults): ResolvedFigures => {
  const problems: string[] = []
  const resolved = text.replace(PLACEHOLDER, (whole, kind: string, first?: string, second?: string) => {
    const value = figure(results, kind, first, second)
    if (typeof value === 'string') return value
    problems.push(`${whole}: ${value.problem}.`)
    return whole
  })
  return { text: resolved, problems }
}

/** The text without its placeholders, for where no counts are at hand (the search index reads the CMS). */
export const withoutFigures = (text: string): string => text.replace(PLACEHOLDER, '').replace(/ {2,}/g, ' ')

const percentOf = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100))

/** Every number the results can honestly support: counts, averages, shares and the scale's ends. */
const countsIn = (results: ConsultationResults): Set<number> => {
  const numbers = new Set<number>([results.responses, SCALE.min, SCALE.max, ...Object.values(results.byChannel)])
  for (const channel of Object.values(results.byChannel)) numbers.add(percentOf(channel, results.responses))
  for (const question of results.questions) {
    numbers.add(question.answered)
    if (question.kind === 'scale') {
      if (question.mean !== null) numbers.add(question.mean)
      for (const row of question.distribution) numbers.add(row.count).add(percentOf(row.count, question.answered))
    }
    if (question.kind === 'single' || question.kind === 'multiple')
      for (const row of question.options) numbers.add(row.count).add(percentOf(row.count, question.answered)).add(percentOf(row.count, results.responses))
  }
  for (const column of results.byCommunity?.columns ?? []) numbers.add(column.responses)
  return numbers
}

/**
 * The numbers written into the text (placeholders aside) that match no count, average or share in
 * the results: the figures an editor should check before publishing.
 */
export const figuresMatchingNoCount = (text: string, results: ConsultationResults): string[] => {
  const counts = countsIn(results)
  const written = text.replace(PLACEHOLDER, ' ').match(/(?<![\d.,])\d+(?:[.,]\d+)*/g) ?? []
  const unmatched = written.filter((number) => !counts.has(Number(number.replace(/,/g, ''))))
  return [...new Set(unmatched)]
}
