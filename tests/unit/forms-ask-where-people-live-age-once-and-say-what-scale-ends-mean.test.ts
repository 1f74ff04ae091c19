import { describe, expect, it } from 'vitest'

import type { Question } from '../../cms/lib/answers'
import { placesOf } from '../../cms/responses/places'
import { responseForm } from '../../cms/responses/responseForm'
import { readSubmission } from '../../cms/responses/submission'

const questions: Question[] = [
  { id: 'safe', prompt: 'How safe do you feel?', kind: 'scale', scaleLabels: { low: 'not safe at all', high: 'completely safe' } },
  { id: 'plain', prompt: 'How much?', kind: 'scale' },
]
const places = [
  { id: '7', name: 'Wrenfold' },
  { id: '3', name: 'Brackenhithe' },
]

const form = (options: Parameters<typeof responseForm>[0]) => responseForm(options).value

describe('a cluster or multi-community consultation', () => {
  it('asks which community people live in, after its own questions, with somewhere else as a choice', () => {
    const page = form({ questions, action: '/respond', places })
    expect(page).toContain('3.</span> Which community do you live in?')
    expect(page).toMatch(/value="7"[^>]*>\s*<label[^>]*>Wrenfold<\/label>/)
    expect(page).toContain('>Somewhere else</label>')
    expect(form({ questions, action: '/respond' })).not.toContain('Which community do you live in?')
  })

  it('stores the chosen community, nothing for somewhere else, and refuses a community it does not cover', () => {
    expect(readSubmission(questions, { 'lives-in': '3' }, { places }).community).toBe('3')
    expect(readSubmission(questions, { 'lives-in': 'elsewhere' }, { places })).toMatchObject({ community: null, errors: [] })
    expect(readSubmission(questions, { 'lives-in': '99' }, { places }).errors).toEqual([
      { field: 'lives-in', message: 'Choose one of the answers to "Which community do you live in?", or leave it blank.' },
    ])
    // A one-community consultation has no such field.
    expect(readSubmission(questions, { 'lives-in': '3' }).errors[0]?.field).toBe('form')
  })

  it('lists a cluster’s members, or the consultation’s own communities, and none for one community', () => {
    const communities = [
      { id: 1, name: 'Wrenfold' },
      { id: 2, name: 'Brackenhithe' },
      { id: 3, name: 'Kestwick' },
    ]
    expect(placesOf({ cluster: 9 }, [{ id: 9, members: [1, 2] }], communities)).toEqual([
      { id: '2', name: 'Brackenhithe' },
      { id: '1', name: 'Wrenfold' },
    ])
    expect(placesOf({ communities: [3, 1] }, [], communities).map((place) => place.name)).toEqual(['Kestwick', 'Wrenfold'])
    expect(placesOf({ communities: [3] }, [], communities)).toEqual([])
  })
})

describe('one age question', () => {
  it('is the “About you” section’s, unless the consultation asks age itself', () => {
    expect(form({ questions, action: '/respond' })).toContain('How old are you?')
    const own = form({ questions, action: '/respond', asksOwnAge: true })
    expect(own).not.toContain('How old are you?')
    expect(own).not.toContain('eq-ageBand')
    expect(readSubmission(questions, { 'eq-ageBand': '25-44' }, { asksOwnAge: true }).errors[0]?.field).toBe('form')
  })
})

describe('a scale', () => {
  it('shows the editor’s words for its ends, and plain defaults when there are none', () => {
    const page = form({ questions, action: '/respond' })
    expect(page).toContain('>1: not safe at all</label>')
    expect(page).toContain('>5: completely safe</label>')
    expect(page).toContain('>1: not at all</label>')
    expect(page).toContain('>5: very much</label>')
  })
})
