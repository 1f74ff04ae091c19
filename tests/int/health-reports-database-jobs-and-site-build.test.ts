import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordSiteBuildFailure, recordSiteBuildSuccess } from '../../cms/jobs/recordSiteBuild'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type TestPayload, startPayload, testDatabase } from './support/payload'

let app: TestPayload
let api: ApiServer
const health = async () => {
  const response = await fetch(`${api.url}/api/health`)
  return { status: response.status, cache: response.headers.get('cache-control'), body: (await response.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  app = await startPayload()
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop().catch(() => undefined)
})

describe('GET /api/health', () => {
  it('answers 200 with the database reachable, no due job and no build yet', async () => {
    const { status, cache, body } = await health()
    expect(status).toBe(200)
    expect(cache).toBe('no-store')
    expect(body).toMatchObject({ status: 'ok', database: 'reachable', jobs: { oldestDueSeconds: null }, siteBuild: { outcome: null, attemptedAt: null } })
  })

  it('gives how long the oldest due job has waited, ignoring jobs not yet due', async () => {
    // Different search keys: queuing a job for the same key would replace the waiting one.
    await app.payload.jobs.queue({ task: 'syncSearch', input: { collection: 'plans', id: '1' }, queue: 'search', waitUntil: new Date(Date.now() + 3_600_000) })
    const waiting = await app.payload.jobs.queue({ task: 'syncSearch', input: { collection: 'plans', id: '2' }, queue: 'search' })
    // As if no runner had picked it up for two minutes.
    await app.payload.db.updateOne({ collection: 'payload-jobs', id: waiting.id, data: { createdAt: new Date(Date.now() - 120_000).toISOString() } })
    const { body } = await health()
    const lag = (body.jobs as { oldestDueSeconds: number }).oldestDueSeconds
    expect(lag).toBeGreaterThanOrEqual(119)
    expect(lag).toBeLessThan(300)
  })

  it('gives the time and result of the last site build, but never its error text', async () => {
    await recordSiteBuildSuccess(app.payload, 42)
    await recordSiteBuildFailure(app.payload, new Error('astro failed reading /srv/folkmoot/secret-path with token abc123'))
    const { body } = await health()
    expect(body.siteBuild).toMatchObject({ outcome: 'failed', pages: 42 })
    expect(Date.parse((body.siteBuild as { attemptedAt: string }).attemptedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(Date.parse((body.siteBuild as { succeededAt: string }).succeededAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(JSON.stringify(body)).not.toMatch(/secret-path|abc123/)
  })

  it('says nothing about people or settings', async () => {
    await app.payload.create({ collection: 'users', data: { name: 'Ann Admin', email: 'ann@example.org', password: 'a long passphrase', role: 'admin' } })
    const { body } = await health()
    expect(Object.keys(body).sort()).toEqual(['database', 'jobs', 'siteBuild', 'status', 'time'])
    expect(JSON.stringify(body)).not.toMatch(/ann@example\.org|Ann Admin|test-only-secret/)
  })

  it('answers 503 when the database is unreachable', async () => {
    if (testDatabase() === 'mongodb') await app.payload.db.connection.close()
    else (app.payload.db as unknown as { client: { close: () => void } }).client.close()
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'unavailable', database: 'unreachable' })
  })
})
