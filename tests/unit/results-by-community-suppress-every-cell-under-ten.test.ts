import { describe, expect, it } from 'vitest'

import type { Question } from '../../cms/lib/answers'
import { MIN_CELL } from '../../cms/responses/byCommunity'
import { type CountedResponse, consultationResults } from '../../cms/responses/countResults'
import type { Place } from '../../cms/responses/places'

const questions: Question[] = [
  {
    id: 'first',
    prompt: 'What comes first?',
    kind: 'single',
    options: [
      { id: 'bus', label: 'Buses' },
      { id: 'heat', label: 'Heating' },
    ],
  },
  { id: 'together', prompt: 'How well do we work together?', kind: 'scale', scaleLabels: { low: 'badly', high: 'very well' } },
  { id: 'say', prompt: 'Anything else?', kind: 'text' },
]

const places: Place[] = [
  { id: '1', name: 'Brackenhithe' },
  { id: '2', name: 'Hobble End' },
  { id: '3', name: 'Wrenfold' },
]

const many = (count: number, community: string | null, choice: string, rating: number): CountedResponse[] =>
  Array.from({ length: count }, () => ({
    channel: 'online' as const,
    moderation: 'approved' as const,
    community,
    answers: [
      { question: 'first', choices: [choice] },
      { question: 'together', rating },
      { question: 'say', text: 'Keep it up', quote: true },
    ],
  }))

// Brackenhithe: 12 buses + 3 heating; Wrenfold: 10 heating; Hobble End: 4; elsewhere or not said: 2.
const responses = [...many(12, '1', 'bus', 4), ...many(3, '1', 'heat', 2), ...many(10, '3', 'heat', 3), ...many(4, '2', 'bus', 5), ...many(2, null, 'bus', 1)]

describe('results by community', () => {
  const results = consultationResults(questions, responses, places)
  const breakdown = results.byCommunity!

  it('show a community on its own only when ten or more of its people answered', () => {
    expect(breakdown.columns).toEqual([
      { name: 'Brackenhithe', responses: 15 },
      { name: 'Wrenfold', responses: 10 },
    ])
    expect(breakdown.notShown).toEqual(['Hobble End', 'Somewhere else or not said'])
  })

  it('replace every cell under ten with null, so the real number never reaches the site', () => {
    const first = breakdown.questions.find((question) => question.question === 'first')!
    expect(first.rows).toEqual([
      { label: 'Buses', counts: [12, null] },
      { label: 'Heating', counts: [null, 10] },
    ])
    const everyCell = breakdown.questions.flatMap((question) => [...question.rows.flatMap((row) => row.counts), ...question.answered])
    expect(everyCell.filter((cell) => cell !== null && cell < MIN_CELL)).toEqual([])
    expect(everyCell).toContain(null)
  })

  it('label scale rows with the editor’s end words and give an average only from ten ratings or more', () => {
    const together = breakdown.questions.find((question) => question.question === 'together')!
    expect(together.rows.map((row) => row.label)).toEqual(['1 (badly)', '2', '3', '4', '5 (very well)'])
    expect(together.means).toEqual([3.6, 3])
  })

  it('leave written answers out, so a quote cannot be tied to a small place', () => {
    expect(breakdown.questions.map((question) => question.question)).toEqual(['first', 'together'])
  })

  it('are not worked out for a consultation that did not ask where people live', () => {
    expect(consultationResults(questions, responses).byCommunity).toBeNull()
    expect(consultationResults(questions, responses, places.slice(0, 1)).byCommunity).toBeNull()
  })

  it('quote the same words once however many times an editor chose them', () => {
    const say = results.questions.find((question) => question.question === 'say')
    expect(say).toMatchObject({ kind: 'text', answered: 31, quotes: ['Keep it up'] })
  })
})
