import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

describe('a fresh database', () => {
  it('is migrated with the committed migrations and accepts content', async () => {
    const { payload } = test
    const migrations = await payload.find({ collection: 'payload-migrations', limit: 10 })
    expect(migrations.docs.map((doc) => doc.name)).toEqual([expect.stringMatching(/_initial$/)])
    const community = await payload.create({
      collection: 'communities',
      data: { name: 'Testford Parva', kind: 'village', summary: 'A place made up for a test.' },
    })
    expect(community.slug).toBe('testford-parva')
  })
})
