import { describe, expect, it } from 'vitest'

import type { Question } from '../../cms/lib/answers'
import { responseForm } from '../../cms/responses/responseForm'
import { readSubmission } from '../../cms/responses/submission'

const questions: Array<Question & { hint?: string }> = [
  { id: 'say', prompt: 'What would help?', kind: 'text', required: true, hint: 'A sentence or two is plenty.' },
  {
    id: 'pick',
    prompt: 'Which layout?',
    kind: 'single',
    options: [
      { id: 'a', label: 'Garden' },
      { id: 'b', label: 'Play <area>' },
    ],
  },
  {
    id: 'many',
    prompt: 'When?',
    kind: 'multiple',
    options: [
      { id: 'x', label: 'Mornings' },
      { id: 'y', label: 'Evenings' },
    ],
  },
  { id: 'rate', prompt: 'How much?', kind: 'scale' },
]

describe('reading a submitted form', () => {
  it('turns fields into answers, ignoring blanks', () => {
    const submission = readSubmission(questions, { 'q-say': ' Lights ', 'q-pick': 'b', 'q-many': ['x', 'y'], 'q-rate': ' 4 ', 'eq-ageBand': '', website: '' })
    expect(submission.errors).toEqual([])
    expect(submission.answers).toEqual([
      { question: 'say', text: ' Lights ' },
      { question: 'pick', choices: ['b'] },
      { question: 'many', choices: ['x', 'y'] },
      { question: 'rate', rating: 4 },
    ])
    expect(submission.equality).toBeNull()
  })

  it('reports each problem against its field, in the order of the form', () => {
    const submission = readSubmission(questions, { 'q-pick': ['a', 'b'], 'q-rate': '7', 'q-nope': 'x', 'eq-disability': 'maybe' })
    expect(submission.errors.map((error) => error.field)).toEqual(['form', 'q-say', 'q-pick', 'q-rate', 'eq-disability'])
    expect(submission.errors[0]!.message).toContain('q-nope')
  })

  it('keeps equality answers apart from the answers', () => {
    const submission = readSubmission(questions, { 'q-say': 'Yes', 'eq-ageBand': '75-plus', 'eq-gender': ' Non-binary ' })
    expect(submission.equality).toEqual({ ageBand: '75-plus', gender: 'Non-binary' })
    expect(submission.answers).toEqual([{ question: 'say', text: 'Yes' }])
  })
})

describe('the response form', () => {
  it('groups each question in a fieldset with its legend, hint and optional marker', () => {
    const markup = responseForm({ questions, action: 'https://cms.example.org/api/consultations/1/respond' }).value
    expect(markup.match(/<fieldset>/g)).toHaveLength(4 + 3)
    expect(markup).toContain('<legend class="question-legend" id="q-say-legend"><span class="question-number">1.</span> What would help?</legend>')
    expect(markup).toContain('<p class="hint" id="q-say-hint">A sentence or two is plenty.</p>')
    expect(markup).toContain('Which layout? <span class="optional">(optional)</span>')
    expect(markup).toContain('<label for="q-pick-2">Play &lt;area&gt;</label>')
    expect(markup).not.toContain('There is a problem')
  })

  it('shows errors next to fields and in a summary, with the answers given kept', () => {
    const markup = responseForm({
      questions,
      action: '/respond',
      values: { 'q-say': '"quoted" <b>', 'q-many': ['y'], 'q-rate': '3' },
      errors: [{ field: 'q-say', message: 'Too rude.' }],
    }).value
    expect(markup).toContain('<li><a href="#q-say">Too rude.</a></li>')
    expect(markup).toContain('<p class="error-message" id="q-say-error"><span class="visually-hidden">Error:</span> Too rude.</p>')
    expect(markup).toContain('aria-describedby="q-say-hint q-say-error"')
    expect(markup).toContain('>&quot;quoted&quot; &lt;b&gt;</textarea>')
    expect(markup).toMatch(/id="q-many-2" name="q-many" value="y" checked/)
    expect(markup).toMatch(/id="q-rate-3" name="q-rate" value="3" checked/)
  })
})
