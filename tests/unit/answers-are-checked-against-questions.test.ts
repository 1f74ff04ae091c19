import { describe, expect, it } from 'vitest'

import { type Question, answerProblems } from '../../cms/lib/answers'

const questions: Question[] = [
  { id: 'q-text', prompt: 'What would you change?', kind: 'text', required: true },
  {
    id: 'q-one',
    prompt: 'Which site?',
    kind: 'single',
    options: [
      { id: 'o-a', label: 'Mill lane' },
      { id: 'o-b', label: 'Church field' },
    ],
  },
  {
    id: 'q-any',
    prompt: 'Which days?',
    kind: 'multiple',
    options: [
      { id: 'd-1', label: 'Mon' },
      { id: 'd-2', label: 'Tue' },
      { id: 'd-3', label: 'Wed' },
    ],
  },
  { id: 'q-scale', prompt: 'How important?', kind: 'scale', required: true },
]

const valid = [
  { question: 'q-text', text: 'More buses on Sundays' },
  { question: 'q-one', choices: ['o-b'] },
  { question: 'q-any', choices: ['d-1', 'd-3'] },
  { question: 'q-scale', rating: 4 },
]

describe('answers against questions', () => {
  it('accepts answers that fit every question', () => {
    expect(answerProblems(questions, valid)).toEqual([])
  })

  it('accepts leaving optional questions out', () => {
    expect(answerProblems(questions, [valid[0]!, valid[3]!])).toEqual([])
  })

  it.each([
    ['a missing required answer', [valid[0]!], 'answers', 'How important?'],
    ['an empty required text', [{ question: 'q-text', text: '   ' }, valid[3]!], 'answers', 'What would you change?'],
    [
      'a required text of only zero-width characters',
      [{ question: 'q-text', text: '\u200B\u200C\u200D\u2060 \u00AD' }, valid[3]!],
      'answers',
      'What would you change?',
    ],
    ['an unknown question', [...valid, { question: 'q-nope', text: 'hi' }], 'answers.4.question', 'does not ask'],
    ['a question answered twice', [...valid, { question: 'q-scale', rating: 2 }], 'answers.4.question', 'more than once'],
    ['two choices for a choose-one', [valid[0]!, { question: 'q-one', choices: ['o-a', 'o-b'] }, valid[3]!], 'answers.1.choices', 'only one'],
    ['an option from nowhere', [valid[0]!, { question: 'q-any', choices: ['d-9'] }, valid[3]!], 'answers.1.choices', 'no such option'],
    ['a repeated option', [valid[0]!, { question: 'q-any', choices: ['d-1', 'd-1'] }, valid[3]!], 'answers.1.choices', 'twice'],
    ['a rating off the scale', [valid[0]!, { question: 'q-scale', rating: 6 }], 'answers.1.rating', '1 to 5'],
    ['a fractional rating', [valid[0]!, { question: 'q-scale', rating: 2.5 }], 'answers.1.rating', 'whole number'],
    ['text for a choice', [valid[0]!, { question: 'q-one', text: 'Mill lane' }, valid[3]!], 'answers.1.text', 'takes a choice'],
    ['a rating for text', [{ question: 'q-text', text: 'ok', rating: 3 }, valid[3]!], 'answers.0.rating', 'does not take a rating'],
    ['an essay too long', [{ question: 'q-text', text: 'x'.repeat(5001) }, valid[3]!], 'answers.0.text', 'under 5000'],
  ])('reports %s at the field it belongs to', (_case, answers, path, message) => {
    const problems = answerProblems(questions, answers)
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message) })
  })
})
