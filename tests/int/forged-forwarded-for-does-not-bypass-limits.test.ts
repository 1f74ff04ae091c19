import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { formFieldsOf, postForm } from './support/responseForm'

let app: TestPayload
let api: ApiServer
let world: Fixtures
let respondUrl: string

// The harness passes headers on as Next does: X-Forwarded-For is only filled when missing.
beforeAll(async () => {
  process.env.RESPONSES_PER_IP_PER_HOUR = '3'
  app = await startPayload()
  world = await makeFixtures(app.payload)
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
  respondUrl = `${api.url}/api/consultations/${world.consultation.id}/respond`
})
afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const answer = (forwardedFor: string) => {
  const [text, , , scale] = formFieldsOf(world.consultation)
  return postForm(respondUrl, `${text!.name}=hello&${scale!.name}=3`, { 'x-forwarded-for': forwardedFor })
}

const stored = async () => (await app.payload.count({ collection: 'responses', where: { consultation: { equals: world.consultation.id } } })).totalDocs

describe('per-address limits and X-Forwarded-For', () => {
  it('ignore the header by default, so a fresh forged address each time gains nothing', async () => {
    const before = await stored()
    const statuses: number[] = []
    for (let i = 1; i <= 5; i += 1) statuses.push((await answer(`203.0.113.${i}`)).status)
    expect(statuses).toEqual([303, 303, 303, 429, 429])
    expect((await stored()) - before).toBe(3)
  })

  it('with one trusted proxy, count the entry the proxy wrote and ignore what the client put before it', async () => {
    process.env.TRUSTED_PROXY_HOPS = '1'
    const before = await stored()
    const statuses: number[] = []
    for (let i = 1; i <= 5; i += 1) statuses.push((await answer(`203.0.113.${i}, 198.51.100.20`)).status)
    expect(statuses).toEqual([303, 303, 303, 429, 429])
    // Another client behind the same proxy has its own allowance.
    expect((await answer('198.51.100.21')).status).toBe(303)
    expect((await stored()) - before).toBe(4)
  })
})
