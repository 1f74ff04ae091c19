import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => test.stop())

const refusal = async (create: () => Promise<unknown>) => {
  const error = await create().then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error, 'the create should have been refused').toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors
}

describe('names refuse characters that hide or reorder text', () => {
  it.each([
    ['a NUL', 'Alder\u0000by Two', 'control characters'],
    ['an escape character', 'Alderby\u001b[2J', 'control characters'],
    ['a right-to-left override', 'Alderby \u202Eevil\u202C', 'text-direction override'],
    ['a direction isolate', '\u2067Alderby\u2069', 'text-direction override'],
    ['only zero-width characters', '\u200B\u200D\u2060', 'visible letters'],
  ])('refuses a community name with %s, naming the field, and stores nothing', async (_, name, words) => {
    const before = (await test.payload.count({ collection: 'communities' })).totalDocs
    const errors = await refusal(() => test.payload.create({ collection: 'communities', data: { name, kind: 'village', summary: 'A place.' } }))
    expect(errors).toContainEqual(expect.objectContaining({ path: 'name', message: expect.stringContaining(words) }))
    expect((await test.payload.count({ collection: 'communities' })).totalDocs).toBe(before)
  })

  it('applies the same rule to cluster, partner, plan and consultation names', async () => {
    const bidi = 'Vale \u202Eeulav\u202C'
    expect(
      await refusal(() =>
        test.payload.create({ collection: 'clusters', data: { name: bidi, members: [world.alderby.id, world.bexcombe.id], approach: 'joint-plan' } }),
      ),
    ).toContainEqual(expect.objectContaining({ path: 'name' }))
    expect(await refusal(() => test.payload.create({ collection: 'partners', data: { name: bidi, kind: 'other' } }))).toContainEqual(
      expect.objectContaining({ path: 'name' }),
    )
    expect(
      await refusal(() =>
        test.payload.create({
          collection: 'plans',
          data: { title: `Plan\u0000`, community: world.alderby.id, period: { startYear: 2026, endYear: 2030 }, priorities: [{ theme: 'energy' }] },
        }),
      ),
    ).toContainEqual(expect.objectContaining({ path: 'title' }))
    expect(
      await refusal(() =>
        test.payload.create({
          collection: 'consultations',
          data: {
            title: bidi,
            communities: [world.alderby.id],
            summary: 'Asked.',
            opensAt: new Date().toISOString(),
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        }),
      ),
    ).toContainEqual(expect.objectContaining({ path: 'title' }))
  })

  it('keeps the direction marks right-to-left writing needs', async () => {
    const community = await test.payload.create({ collection: 'communities', data: { name: 'حي\u200Fالنور', kind: 'village', summary: 'A place.' } })
    expect(community.name).toBe('حي\u200Fالنور')
  })
})

describe('names in any script get a page address', () => {
  it.each([
    ['emoji', '🌳🌲🌳'],
    ['Arabic', 'حي النور'],
    ['Chinese', '新村'],
  ])('saves a community named only in %s with a usable, unique slug', async (_, name) => {
    const first = await test.payload.create({ collection: 'communities', data: { name, kind: 'village', summary: 'A place.' } })
    const second = await test.payload.create({ collection: 'communities', data: { name, kind: 'village', summary: 'Another place.' } })
    expect(first.slug).toMatch(/^community(-\d+)?$/)
    expect(second.slug).toMatch(/^community-\d+$/)
    expect(second.slug).not.toBe(first.slug)
  })

  it('gives a plan titled only in emoji its own word', async () => {
    const plan = await test.payload.create({
      collection: 'plans',
      data: { title: '🚲🚌', community: world.alderby.id, period: { startYear: 2026, endYear: 2030 }, priorities: [{ theme: 'transport' }] },
    })
    expect(plan.slug).toMatch(/^plan(-\d+)?$/)
  })
})

describe('a required answer must have something visible in it', () => {
  it('refuses a required written answer made only of zero-width characters and spaces', async () => {
    const [text, , , scale] = world.consultation.questions ?? []
    const errors = await refusal(() =>
      test.payload.create({
        collection: 'responses',
        data: {
          consultation: world.consultation.id,
          channel: 'paper',
          moderation: 'pending',
          answers: [
            { question: text!.id as string, text: '\u200B \u200C\u200D\u2060\uFEFF' },
            { question: scale!.id as string, rating: 3 },
          ],
        },
      }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'answers', message: 'Answer "What would you like there?": it is required.' }))
  })
})
