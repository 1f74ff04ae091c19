import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer

beforeAll(async () => {
  process.env.BODY_TIMEOUT_SECONDS = '1'
  app = await startPayload()
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

/** Announces a 200-byte form, sends 20 bytes and then nothing; resolves with the answer, or 'no answer' after 5 s. */
const stalledPost = (path: string): Promise<{ status: number; body: string } | 'no answer'> =>
  new Promise((resolve, reject) => {
    const request = http.request(
      `${api.url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '200' } },
      (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      },
    )
    request.on('error', reject)
    request.write('{"email":"a@example.')
    setTimeout(() => {
      resolve('no answer')
      request.destroy()
    }, 5000)
  })

describe('a form whose body stops arriving', () => {
  it('is refused with 408 and a sentence once the body deadline passes', async () => {
    const answer = await stalledPost('/api/subscriptions/subscribe')
    expect(answer).not.toBe('no answer')
    const { status, body } = answer as { status: number; body: string }
    expect(status).toBe(408)
    expect(body).toContain('The form took too long to arrive')
    expect((await app.payload.count({ collection: 'subscribers' })).totalDocs).toBe(0)
  })
})
