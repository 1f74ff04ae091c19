import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/migrations'
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
    const applied = await test.payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(applied.docs.map((doc) => doc.name).sort()).toEqual(migrations.map((migration) => migration.name).sort())
    expect(migrations.length).toBeGreaterThan(0)
  })
})
