import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Dashboard } from '../../cms/dashboard/Dashboard'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer
let world: Fixtures
const tokens: Record<string, string> = {}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-site-build-'))
// A regular file where the snapshot's folder should be: writing the snapshot fails, as a real fault would.
const blocker = path.join(out, 'not-a-folder')

beforeAll(async () => {
  fs.writeFileSync(blocker, '')
  process.env.SITE_SNAPSHOT = path.join(blocker, 'snapshot.json')
  process.env.SITE_OUT = path.join(out, 'dist')
  app = await startPayload()
  world = await makeFixtures(app.payload)
  for (const role of ['admin', 'editor', 'member'] as const) {
    tokens[role] = (await app.payload.login({ collection: 'users', data: { email: world.users[role].email, password: 'correct horse battery' } })).token!
  }
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
  fs.rmSync(out, { recursive: true, force: true })
})

const rebuild = async () => {
  const job = await app.payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: 'site' })
  await app.payload.jobs.runByID({ id: job.id })
  // A job that completes is deleted; one that failed stays, with its log, to be tried again.
  const { docs } = await app.payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
  return docs[0] ?? null
}

const readAs = (role: string) => fetch(`${api.url}/api/globals/site-build`, { headers: { authorization: `JWT ${tokens[role]}` } })

const dashboardFor = async (role: 'editor' | 'member') => {
  const element = await Dashboard({ payload: app.payload, user: { ...world.users[role], collection: 'users' }, i18n: {} as never })
  return element ? renderToStaticMarkup(element) : ''
}

describe('a failed site rebuild is shown to editors', () => {
  it('records a failed rebuild, with the error in words, where editors can read it', async () => {
    const job = await rebuild()
    expect(job?.log?.at(-1)?.state, 'the job itself still fails, so it is tried again').toBe('failed')
    // The build starts while the snapshot is exported; a failed export stops it before any site goes live.
    expect(fs.existsSync(path.join(out, 'dist'))).toBe(false)

    const response = await readAs('editor')
    expect(response.status).toBe(200)
    const build = (await response.json()) as { outcome: string; attemptedAt: string; succeededAt: string | null; error: string }
    expect(build.outcome).toBe('failed')
    expect(Date.now() - new Date(build.attemptedAt).getTime()).toBeLessThan(60_000)
    expect(build.succeededAt ?? null).toBeNull()
    expect(build.error).toContain('file already exists')
  })

  it('shows the failure above the admin dashboard', async () => {
    const html = await dashboardFor('editor')
    expect(html).toContain('role="alert"')
    expect(html).toContain('The public site could not be rebuilt')
    expect(html).toContain('visitors still see the older pages')
    expect(html).toContain('file already exists')
  })

  it('keeps the record to editors and lets nobody change it through the API', async () => {
    expect((await readAs('member')).status).toBe(403)
    const members = await dashboardFor('member')
    expect(members).toContain('What needs doing')
    expect(members).not.toContain('could not be rebuilt')
    expect(members).not.toContain('Rebuild now')
    const forged = await fetch(`${api.url}/api/globals/site-build`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.admin}` },
      body: JSON.stringify({ outcome: 'succeeded', error: null }),
    })
    expect(forged.status).toBe(403)
    expect((await app.payload.findGlobal({ slug: 'site-build' })).outcome).toBe('failed')
  })

  it('records the next rebuild that succeeds, clearing the error', async () => {
    process.env.SITE_SNAPSHOT = path.join(out, 'snapshot.json')
    expect(await rebuild(), 'the job completed').toBeNull()
    const build = await app.payload.findGlobal({ slug: 'site-build' })
    expect(build).toMatchObject({ outcome: 'succeeded', error: null })
    expect(build.pages).toBeGreaterThan(10)
    expect(build.succeededAt).toBe(build.attemptedAt)
    const html = await dashboardFor('editor')
    expect(html).toContain(`The public site was last updated on`)
    expect(html).not.toContain('role="alert"')
  })
})
