import { describe, expect, it } from 'vitest'

import type { Question } from '../../cms/lib/answers'
import { type CountedResponse, consultationResults } from '../../cms/responses/countResults'
import { figuresMatchingNoCount, resolveFigures } from '../../cms/responses/feedbackFigures'

const questions: Question[] = [
  {
    id: 'put-off',
    prompt: 'What puts you off?',
    kind: 'multiple',
    options: [
      { id: 'empty', label: 'Empty shops' },
      { id: 'parking', label: 'Cost of parking' },
    ],
  },
  { id: 'market', prompt: 'How would you rate the market?', kind: 'scale' },
  { id: 'say', prompt: 'Anything else?', kind: 'text' },
]

const response = (channel: CountedResponse['channel'], choices: string[], rating: number): CountedResponse => ({
  channel,
  moderation: 'approved',
  answers: [
    { question: 'put-off', choices },
    { question: 'market', rating },
  ],
})

// 3 responses: empty shops 2, parking 2; ratings 4, 3, 4 (mean 3.7); 1 on paper.
const results = consultationResults(questions, [
  response('online', ['empty', 'parking'], 4),
  response('online', ['empty'], 3),
  response('paper', ['parking'], 4),
])

describe('live figures in “You said”', () => {
  it('replace each placeholder with the count the tables show', () => {
    const { text, problems } = resolveFigures(
      '{{responses}} replied, {{channel:paper}} on paper. {{count:1:empty shops}} named empty shops ({{count:put-off:Cost of parking}} parking) and {{answered:1}} answered. The market scored {{mean:2}}; {{count:2:4}} gave it 4.',
      results,
    )
    expect(problems).toEqual([])
    expect(text).toBe('3 replied, 1 on paper. 2 named empty shops (2 parking) and 3 answered. The market scored 3.7; 2 gave it 4.')
  })

  it('name every placeholder that points at nothing, and leave it in place', () => {
    const { text, problems } = resolveFigures('{{count:9:Empty shops}} {{count:1:Bakery}} {{mean:1}} {{total}} {{community:Wrenfold}}', results)
    expect(problems).toEqual([
      '{{count:9:Empty shops}}: there is no question 9.',
      '{{count:1:Bakery}}: question 1 has no option “Bakery”.',
      '{{mean:1}}: question 1 is not a scale.',
      '{{total}}: “total” is not a kind of figure.',
      '{{community:Wrenfold}}: this consultation does not ask where people live.',
    ])
    expect(text).toContain('{{count:9:Empty shops}}')
  })

  it('flag written numbers that match no count, average or share, and accept those that do', () => {
    expect(figuresMatchingNoCount('38 of you said empty shops, 27 parking; the market scored 3.9 out of 5.', results)).toEqual(['38', '27', '3.9'])
    expect(figuresMatchingNoCount('3 replied; 2 named empty shops (67%), the market scored 3.7 out of 5.', results)).toEqual([])
    expect(figuresMatchingNoCount('{{count:1:Empty shops}} of you, and {{mean:2}} on average.', results)).toEqual([])
  })
})
