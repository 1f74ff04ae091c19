import { describe, expect, it } from 'vitest'

import type { Question } from '../../cms/lib/answers'
import { type CountedResponse, MAX_QUOTES, consultationResults } from '../../cms/responses/countResults'

const questions: Question[] = [
  {
    id: 'where',
    prompt: 'Where do you live?',
    kind: 'single',
    options: [
      { id: 'n', label: 'North' },
      { id: 's', label: 'South' },
    ],
  },
  {
    id: 'when',
    prompt: 'When would you visit?',
    kind: 'multiple',
    options: [
      { id: 'am', label: 'Mornings' },
      { id: 'pm', label: 'Evenings' },
      { id: 'we', label: 'Weekends' },
    ],
  },
  { id: 'rate', prompt: 'How safe is the road?', kind: 'scale' },
  { id: 'say', prompt: 'Anything else?', kind: 'text' },
]

const response = (
  channel: CountedResponse['channel'],
  moderation: CountedResponse['moderation'],
  answers: NonNullable<CountedResponse['answers']>,
): CountedResponse => ({ channel, moderation, answers })

// Four responses, counted by hand below.
const responses: CountedResponse[] = [
  response('online', 'approved', [
    { question: 'where', choices: ['n'] },
    { question: 'when', choices: ['am', 'we'] },
    { question: 'rate', rating: 2 },
    { question: 'say', text: ' More benches. ', quote: true },
  ]),
  response('online', 'pending', [
    { question: 'where', choices: ['s'] },
    { question: 'when', choices: ['we'] },
    { question: 'rate', rating: 5 },
    { question: 'say', text: 'Not yet checked', quote: true },
  ]),
  response('paper', 'approved', [
    { question: 'where', choices: ['n'] },
    { question: 'rate', rating: 2 },
    { question: 'say', text: 'Fine as it is.', quote: false },
  ]),
  response('event', 'rejected', [
    { question: 'when', choices: [] },
    { question: 'say', text: 'Rude words', quote: true },
    { question: 'gone', text: 'An answer to a question since removed' },
  ]),
]

describe('consultation results', () => {
  const results = consultationResults(questions, responses)

  it('count responses by channel', () => {
    expect(results.responses).toBe(4)
    expect(results.byChannel).toEqual({ online: 2, paper: 1, event: 1 })
  })

  it('count each option, and people who chose any option at all', () => {
    expect(results.questions[0]).toEqual({
      question: 'where',
      prompt: 'Where do you live?',
      kind: 'single',
      answered: 3,
      options: [
        { option: 'n', label: 'North', count: 2 },
        { option: 's', label: 'South', count: 1 },
      ],
    })
    // An empty choice list is not an answer.
    expect(results.questions[1]).toMatchObject({
      kind: 'multiple',
      answered: 2,
      options: [
        { option: 'am', count: 1 },
        { option: 'pm', count: 0 },
        { option: 'we', count: 2 },
      ],
    })
  })

  it('spread ratings over the whole scale, with the mean to one decimal place', () => {
    expect(results.questions[2]).toMatchObject({
      kind: 'scale',
      answered: 3,
      distribution: [
        { rating: 1, count: 0 },
        { rating: 2, count: 2 },
        { rating: 3, count: 0 },
        { rating: 4, count: 0 },
        { rating: 5, count: 1 },
      ],
      mean: 3,
    })
  })

  it('quote only answers an editor chose, from responses cleared for quoting', () => {
    expect(results.questions[3]).toEqual({ question: 'say', prompt: 'Anything else?', kind: 'text', answered: 4, quotes: ['More benches.'] })
  })

  it('ignore answers to questions no longer asked', () => {
    expect(results.questions.map((question) => question.question)).toEqual(['where', 'when', 'rate', 'say'])
  })

  it('show an empty consultation as zeros, not gaps', () => {
    const empty = consultationResults(questions, [])
    expect(empty.responses).toBe(0)
    expect(empty.questions[2]).toMatchObject({ answered: 0, mean: null })
    expect(empty.questions[0]).toMatchObject({ answered: 0, options: [{ count: 0 }, { count: 0 }] })
  })

  it(`keep at most ${MAX_QUOTES} quotes per question`, () => {
    const many = Array.from({ length: 10 }, (_, index) => response('online', 'approved', [{ question: 'say', text: `Quote ${index}`, quote: true }]))
    expect((consultationResults(questions, many).questions[3] as { quotes: string[] }).quotes).toEqual([
      'Quote 0',
      'Quote 1',
      'Quote 2',
      'Quote 3',
      'Quote 4',
      'Quote 5',
    ])
  })
})
