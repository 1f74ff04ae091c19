import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => test.stop())

const consultationOpening = (opensInDays: number, closesInDays: number, reportedInDays?: number) =>
  test.payload.create({
    collection: 'consultations',
    data: {
      title: `Consultation opening in ${opensInDays}`,
      communities: [world.alderby.id],
      summary: 'About the village hall.',
      opensAt: daysFromNow(opensInDays),
      closesAt: daysFromNow(closesInDays),
      feedback: reportedInDays === undefined ? undefined : { youSaid: 'More events.', weDid: 'Added two.', reportedAt: daysFromNow(reportedInDays) },
      _status: 'published',
    },
  })

describe('derived fields', () => {
  it('works out each consultation’s phase from its dates whenever it is read', async () => {
    const phases = []
    for (const [opens, closes, reported] of [
      [3, 10],
      [-3, 10],
      [-20, -10],
      [-20, -10, -2],
      [-20, -10, 5],
    ] as const) {
      phases.push(await consultationOpening(opens, closes, reported))
    }
    expect(phases.map((consultation) => consultation.phase)).toEqual(['upcoming', 'open', 'closed', 'reported', 'closed'])
    const reread = await test.payload.findByID({ collection: 'consultations', id: phases[1]!.id, overrideAccess: false })
    expect(reread.phase).toBe('open')
  })

  it('makes slugs from names and titles, and keeps one given by hand', async () => {
    const made = await test.payload.create({ collection: 'partners', data: { name: 'Wendshire Fire & Rescue', kind: 'other' } })
    expect(made.slug).toBe('wendshire-fire-and-rescue')
    const twin = await test.payload.create({ collection: 'partners', data: { name: 'Wendshire Fire and Rescue', kind: 'other' } })
    expect(twin.slug).toBe('wendshire-fire-and-rescue-2')
    const given = await test.payload.create({ collection: 'partners', data: { name: 'Another Body', slug: 'another', kind: 'other' } })
    expect(given.slug).toBe('another')
  })

  it('gives every response a reference to quote back', async () => {
    const [text, , , scale] = world.consultation.questions ?? []
    const response = await test.payload.create({
      collection: 'responses',
      data: {
        consultation: world.consultation.id,
        channel: 'online',
        moderation: 'pending',
        answers: [
          { question: text!.id as string, text: 'A pond' },
          { question: scale!.id as string, rating: 3 },
        ],
      },
    })
    expect(response.reference).toMatch(/^R-[0-9A-F]{8}$/)
  })

  it('stores subscriber emails trimmed and in lower case', async () => {
    const subscriber = await test.payload.create({
      collection: 'subscribers',
      data: { email: '  Mixed.Case@Example.ORG ', status: 'pending', consent: { givenAt: daysFromNow(0), source: 'website', wordingVersion: 'v1' } },
    })
    expect(subscriber.email).toBe('mixed.case@example.org')
  })
})
