import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer
const EMAIL = 'editor@resets.example.org'

beforeAll(async () => {
  app = await startPayload()
  await app.payload.create({ collection: 'users', data: { name: 'Esther Editor', email: EMAIL, password: 'forgotten horse battery', role: 'editor' } })
  const { default: config } = await import('@payload-config')
  // Each test names its own callers, standing in for different socket peers.
  api = await startApiServer(config, { peerFor: (req) => String(req.headers['x-test-peer'] ?? '192.0.2.1') })
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const post = (route: string, peer: string, body: object) =>
  fetch(`${api.url}/api/users/${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-peer': peer }, body: JSON.stringify(body) })
const forgot = (peer: string, email: string) => post('forgot-password', peer, { email })
const statusesOf = async (requests: Array<() => Promise<Response>>) => {
  const statuses: number[] = []
  for (const request of requests) statuses.push((await request()).status)
  return statuses
}
const resetMails = async () =>
  (await app.payload.find({ collection: 'outbox', depth: 0, limit: 0, sort: 'createdAt', where: { to: { contains: EMAIL } } })).docs
const messageOf = async (response: Response) => ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message

describe('a forgotten password', () => {
  it('is reset with the link the mail carries, and the new password signs in', async () => {
    expect((await forgot('198.51.100.20', EMAIL)).status).toBe(200)
    // Payload sends the mail after it answers.
    await vi.waitFor(async () => expect(await resetMails()).toHaveLength(1))
    const [mail] = await resetMails()
    const token = /\/admin\/reset\/([\w-]+)/.exec(String(mail?.html ?? ''))?.[1]
    expect(token).toBeDefined()
    expect((await post('reset-password', '198.51.100.20', { token, password: 'remembered horse battery' })).status).toBe(200)
    expect((await post('login', '198.51.100.20', { email: EMAIL, password: 'remembered horse battery' })).status).toBe(200)
  })

  // Payload itself sends one account at most one mail in 15 seconds; this is the hour's allowance.
  it('takes at most three reset requests an hour for one account, whichever addresses ask', async () => {
    const asks = Array.from({ length: 4 }, (_, i) => () => forgot(`203.0.113.${20 + i}`, EMAIL))
    expect(await statusesOf(asks)).toEqual([200, 200, 429, 429])
    expect(await messageOf(await forgot('203.0.113.30', EMAIL))).toMatch(/asked for that address several times this hour/)
  })

  it('refuses an account without a login just as one with, so a refusal names no one', async () => {
    const asks = Array.from({ length: 4 }, (_, i) => () => forgot(`203.0.113.${40 + i}`, 'nobody@resets.example.org'))
    expect(await statusesOf(asks)).toEqual([200, 200, 200, 429])
  })

  it('is limited per address, across accounts', async () => {
    const asks = Array.from({ length: 11 }, (_, i) => () => forgot('198.51.100.21', `person${i}@resets.example.org`))
    expect(await statusesOf(asks)).toEqual([...Array(10).fill(200), 429])
    expect(await messageOf(await forgot('198.51.100.21', 'another@resets.example.org'))).toMatch(/Too many password reset requests from your connection/)
    expect((await forgot('198.51.100.22', 'another@resets.example.org')).status).toBe(200)
  })

  it('cannot be reset by guessing links: resets are limited per address', async () => {
    const guesses = Array.from(
      { length: 21 },
      (_, i) => () => post('reset-password', '198.51.100.23', { token: `guess${i}`, password: 'guessed horse battery' }),
    )
    const statuses = await statusesOf(guesses)
    expect(statuses.slice(0, 20).every((status) => status !== 429 && status >= 400)).toBe(true)
    expect(statuses[20]).toBe(429)
  })
})
