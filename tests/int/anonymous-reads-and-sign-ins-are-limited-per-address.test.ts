import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer
const PASSWORD = 'correct horse battery'
const EMAIL = 'admin@limits.example.org'

beforeAll(async () => {
  process.env.API_READS_PER_IP_PER_MINUTE = '5'
  process.env.FAILED_SIGN_INS_PER_IP_PER_HOUR = '3'
  app = await startPayload()
  await app.payload.create({ collection: 'users', data: { name: 'Admin', email: EMAIL, password: PASSWORD, role: 'admin' } })
  const { default: config } = await import('@payload-config')
  // Each test names its own callers, standing in for different socket peers.
  api = await startApiServer(config, { peerFor: (req) => String(req.headers['x-test-peer'] ?? '192.0.2.1') })
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const read = (peer: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/api/plans?limit=100&depth=2`, { headers: { 'x-test-peer': peer, ...headers } })

const signIn = (peer: string, email: string, password: string) =>
  fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-peer': peer },
    body: JSON.stringify({ email, password }),
  })

const statusesOf = async (requests: Array<() => Promise<Response>>) => {
  const statuses: number[] = []
  for (const request of requests) statuses.push((await request()).status)
  return statuses
}

describe('anonymous REST reads', () => {
  it('are limited per address, and the limit names no one else', async () => {
    expect(await statusesOf(Array.from({ length: 7 }, () => () => read('198.51.100.1')))).toEqual([200, 200, 200, 200, 200, 429, 429])
    const refused = await read('198.51.100.1')
    expect(((await refused.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/Too many requests from your connection/)
    expect((await read('198.51.100.2')).status).toBe(200)
  })

  it('do not limit signed-in staff on the same address', async () => {
    const { token } = (await (await signIn('198.51.100.3', EMAIL, PASSWORD)).json()) as { token: string }
    expect(await statusesOf(Array.from({ length: 7 }, () => () => read('198.51.100.3', { authorization: `JWT ${token}` })))).toEqual([
      200, 200, 200, 200, 200, 200, 200,
    ])
  })

  it('keep signed-in staff signed in past the limit, on what only staff may read', async () => {
    const { token } = (await (await signIn('198.51.100.4', EMAIL, PASSWORD)).json()) as { token: string }
    const readSubscribers = () => fetch(`${api.url}/api/subscribers?limit=1`, { headers: { 'x-test-peer': '198.51.100.4', authorization: `JWT ${token}` } })
    expect(await statusesOf(Array.from({ length: 7 }, () => readSubscribers))).toEqual([200, 200, 200, 200, 200, 200, 200])
  })
})

describe('signing in', () => {
  it('is limited per address after repeated failures, even for the right password', async () => {
    const attempts = [
      ...Array.from({ length: 3 }, () => () => signIn('198.51.100.10', EMAIL, 'wrong password')),
      () => signIn('198.51.100.10', EMAIL, PASSWORD),
    ]
    expect(await statusesOf(attempts)).toEqual([401, 401, 401, 429])
    expect((await signIn('198.51.100.11', EMAIL, PASSWORD)).status).toBe(200)
  })

  it('counts only failures, so many people behind one address can sign in', async () => {
    expect(await statusesOf(Array.from({ length: 6 }, () => () => signIn('198.51.100.12', EMAIL, PASSWORD)))).toEqual([200, 200, 200, 200, 200, 200])
  })

  it('gives back only what failures took, so successful sign-ins cannot bank extra tries', async () => {
    const attempts = [
      ...Array.from({ length: 4 }, () => () => signIn('198.51.100.17', EMAIL, PASSWORD)),
      ...Array.from({ length: 4 }, () => () => signIn('198.51.100.17', EMAIL, 'wrong password')),
    ]
    expect(await statusesOf(attempts)).toEqual([200, 200, 200, 200, 401, 401, 401, 429])
  })

  it('never locks an account: wrong passwords from many addresses leave the owner able to sign in', async () => {
    expect(await statusesOf(Array.from({ length: 8 }, (_, i) => () => signIn(`203.0.113.${i + 1}`, EMAIL, 'wrong password')))).toEqual(Array(8).fill(401))
    expect((await signIn('198.51.100.13', EMAIL, PASSWORD)).status).toBe(200)
  })

  it('answers a wrong password for an existing account exactly as for an account that does not exist', async () => {
    const known = await signIn('198.51.100.14', EMAIL, 'wrong password')
    const unknown = await signIn('198.51.100.15', 'nobody@limits.example.org', 'wrong password')
    expect([known.status, await known.text()]).toEqual([unknown.status, await unknown.text()])
  })

  // Time is measured in the benchmarks; here the test proves both paths do the same expensive work.
  it('computes one password hash of the same strength whether or not the account exists', async () => {
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    try {
      const hashesFor = async (email: string) => {
        pbkdf2.mockClear()
        expect((await signIn('198.51.100.16', email, 'wrong password')).status).toBe(401)
        return pbkdf2.mock.calls.map(([, , iterations, keyLength, digest]) => ({ iterations, keyLength, digest }))
      }
      const known = await hashesFor(EMAIL)
      expect(known).toHaveLength(1)
      expect(await hashesFor('nobody@limits.example.org')).toEqual(known)
    } finally {
      pbkdf2.mockRestore()
    }
  })
})
