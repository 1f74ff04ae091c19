import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Response } from '../../cms/payload-types'
import { readBackOnly } from '../../cms/lib/readBackOnlySelected'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload, testDatabase } from './support/payload'

let app: TestPayload
let world: Fixtures

beforeAll(async () => {
  app = await startPayload()
  world = await makeFixtures(app.payload)
})
afterAll(async () => {
  await app?.stop()
})

const questionId = () => world.consultation.questions![0]!.id!
const responseData = (reference: string) => ({
  consultation: world.consultation.id,
  reference,
  channel: 'online',
  moderation: 'pending',
  // Straight to the database: the row id Payload's hooks would give, given here.
  answers: [{ id: `row-${reference}`, question: questionId(), text: 'More benches by the pond.' }],
})

describe('a create that asks to read back only some fields', () => {
  it.skipIf(testDatabase() !== 'sqlite')('reads back only those fields from SQLite, and stores the whole document', async () => {
    const { payload } = app
    const req = await createLocalReq({ context: readBackOnly('responses', { reference: true }) }, payload)
    const created = (await payload.db.create({ collection: 'responses', data: responseData('R-NARROW01'), req })) as Partial<Response> & { id: number }
    // The adapter leaves the fields it did not read undefined.
    expect(created.reference).toBe('R-NARROW01')
    expect(created.channel).toBeUndefined()
    expect(created.answers).toBeUndefined()

    const stored = await payload.findByID({ collection: 'responses', id: created.id, depth: 0 })
    expect(stored).toMatchObject({ reference: 'R-NARROW01', channel: 'online', answers: [{ question: questionId(), text: 'More benches by the pond.' }] })
  })

  it('reads back the whole document without it, or for another collection', async () => {
    const { payload } = app
    const plain = await payload.db.create({ collection: 'responses', data: responseData('R-WHOLE001'), req: await createLocalReq({}, payload) })
    expect(plain).toMatchObject({ reference: 'R-WHOLE001', channel: 'online', answers: [{ text: 'More benches by the pond.' }] })

    const other = await createLocalReq({ context: readBackOnly('equality-answers', { consultation: true }) }, payload)
    const response = await payload.db.create({ collection: 'responses', data: responseData('R-WHOLE002'), req: other })
    expect(response).toMatchObject({ reference: 'R-WHOLE002', answers: [{ text: 'More benches by the pond.' }] })
  })

  it('reads back the whole document for a collection with versions, which saves its version from what is read back', async () => {
    const { payload } = app
    const req = await createLocalReq({ context: readBackOnly('consultations', { title: true }) }, payload)
    const draft = await payload.create({
      collection: 'consultations',
      data: {
        title: 'Where should the new bus shelter go?',
        summary: 'Tell us where you wait for the bus.',
        communities: [world.consultation.communities![0]!],
      },
      draft: true,
      req,
    })
    const { docs } = await payload.findVersions({ collection: 'consultations', where: { parent: { equals: draft.id } }, depth: 0 })
    expect(docs[0]?.version).toMatchObject({ title: 'Where should the new bus shelter go?', summary: 'Tell us where you wait for the bus.' })
  })
})
