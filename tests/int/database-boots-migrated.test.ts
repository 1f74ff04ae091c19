import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startPayload, testDatabase } from './support/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

describe('a fresh database', () => {
  it('accepts content straight away', async () => {
    const community = await test.payload.create({
      collection: 'communities',
      data: { name: 'Testford Parva', kind: 'village', summary: 'A place made up for a test.' },
    })
    expect(community.slug).toBe('testford-parva')
  })

  // MongoDB has no schema to migrate; the SQLite schema comes only from committed migrations.
  it.skipIf(testDatabase() === 'mongodb')('is built from the committed SQLite migrations', async () => {
    const migrations = await test.payload.find({ collection: 'payload-migrations', limit: 10 })
    expect(migrations.docs.map((doc) => doc.name)).toEqual([expect.stringMatching(/_initial$/)])
  })
})
