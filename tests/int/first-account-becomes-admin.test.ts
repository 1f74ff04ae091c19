import { afterAll, beforeAll, expect, it } from 'vitest'

import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

it('makes the first account an admin whatever role was asked for, and later ones as asked', async () => {
  const { payload } = test
  const first = await payload.create({
    collection: 'users',
    data: { name: 'First', email: 'first@example.org', password: 'a long password here', role: 'member' },
  })
  expect(first.role).toBe('admin')
  const second = await payload.create({
    collection: 'users',
    data: { name: 'Second', email: 'second@example.org', password: 'a long password here', role: 'member' },
  })
  expect(second.role).toBe('member')
})
