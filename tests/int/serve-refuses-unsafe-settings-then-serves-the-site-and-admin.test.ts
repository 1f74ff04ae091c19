import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../support/freePort'
import { ensureAdminBuild } from './support/adminBuild'
import { runScript, startScript } from './support/command'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-serve-'))
const SECRET = 'a-production-secret-of-forty-characters!'
const production = (extra: Record<string, string | undefined> = {}): Record<string, string | undefined> => ({
  NODE_ENV: 'production',
  PAYLOAD_SECRET: SECRET,
  SERVER_URL: 'https://cms.example.org',
  SITE_URL: 'https://www.example.org',
  SITE_OUT: path.join(dir, 'dist'),
  SITE_SNAPSHOT: path.join(dir, 'snapshot.json'),
  ...extra,
})
const serveOnce = (env: Record<string, string | undefined>) => runScript('scripts/serve.ts', [], env)
const counts = async () => ({
  users: (await app.payload.count({ collection: 'users' })).totalDocs,
  communities: (await app.payload.count({ collection: 'communities' })).totalDocs,
})

beforeAll(async () => {
  // The production admin build is shared with the e2e tests (npm start makes it the same way).
  await ensureAdminBuild()
  app = await startPayload()
}, 900_000)
afterAll(async () => {
  await app?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm run serve refuses to start unsafely', () => {
  it.each([
    { case: 'no PAYLOAD_SECRET', env: { PAYLOAD_SECRET: '' }, sentence: 'PAYLOAD_SECRET is not set: set it to a random string of at least 32 characters' },
    { case: 'a short PAYLOAD_SECRET', env: { PAYLOAD_SECRET: 'e2e-secret' }, sentence: 'PAYLOAD_SECRET is 10 characters long: use at least 32' },
    {
      case: 'an http SERVER_URL',
      env: { SERVER_URL: 'http://cms.example.org' },
      sentence: 'SERVER_URL must start with https:// (it is "http://cms.example.org")',
    },
    { case: 'no SITE_URL', env: { SITE_URL: '' }, sentence: 'SITE_URL is not set' },
    { case: 'an unknown ALLOW_HTTP', env: { ALLOW_HTTP: 'yes', SERVER_URL: 'http://10.0.0.2:3000' }, sentence: 'ALLOW_HTTP may only be "private-network"' },
    { case: 'a bad port', env: { PORT: 'eighty' }, sentence: 'PORT must be a port number (it is "eighty")' },
  ])('refuses $case with a sentence', async ({ env, sentence }) => {
    const result = await serveOnce(production(env))
    expect(result.code).toBe(1)
    expect(result.output).toContain('Folkmoot will not start:')
    expect(result.output).toContain(sentence)
    expect(result.output).not.toContain(SECRET)
  })

  it('reads its settings from the file ENV_FILE names (.env by default), the environment winning', async () => {
    const file = path.join(dir, 'settings.env')
    fs.writeFileSync(file, 'PAYLOAD_SECRET=short-from-file\nSITE_URL=http://from-file.example\n')
    const result = await serveOnce(production({ ENV_FILE: file, PAYLOAD_SECRET: undefined }))
    expect(result.code).toBe(1)
    expect(result.output).toContain('PAYLOAD_SECRET is 15 characters long')
    expect(result.output).not.toContain('from-file.example')
  })

  it('refuses an empty database, which it never fills with the demo', async () => {
    const result = await serveOnce(production())
    expect(result.code).toBe(1)
    expect(result.output).toContain('There is no account yet')
    expect(result.output).toContain('npm run create-admin -- --email')
    expect(await counts()).toEqual({ users: 0, communities: 0 })
  })

  it('refuses any account with the demo password, whatever its address', async () => {
    await app.payload.create({ collection: 'users', data: { name: 'Renamed Demo', email: 'clerk@council.example', password: 'folkmoot-demo', role: 'admin' } })
    await app.payload.create({
      collection: 'users',
      data: { name: 'Real Editor', email: 'editor@council.example', password: 'a real long passphrase', role: 'editor' },
    })
    const result = await serveOnce(production())
    expect(result.code).toBe(1)
    expect(result.output).toContain('1 account(s) still have the published demo password (clerk@council.example)')
    expect(result.output).not.toContain('editor@council.example')
    expect(await counts()).toEqual({ users: 2, communities: 0 })
  })
})

describe('npm run serve with safe settings', () => {
  let site: string
  let admin: string
  let server: ReturnType<typeof startScript>

  beforeAll(async () => {
    const { docs } = await app.payload.find({ collection: 'users', where: { email: { equals: 'clerk@council.example' } }, depth: 0 })
    await app.payload.update({ collection: 'users', id: docs[0]!.id, data: { password: 'a new long passphrase' } })
    const [adminPort, sitePort] = [await freePort(), await freePort()]
    admin = `http://127.0.0.1:${adminPort}`
    site = `http://127.0.0.1:${sitePort}`
    // Plain http is allowed on a private network only when the operator says so.
    server = startScript(
      'scripts/serve.ts',
      [],
      production({ HOST: '127.0.0.1', PORT: String(adminPort), SITE_PORT: String(sitePort), SERVER_URL: admin, SITE_URL: site, ALLOW_HTTP: 'private-network' }),
    )
    const deadline = Date.now() + 240_000
    while (!server.output().includes('Folkmoot is serving.')) {
      if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`npm run serve did not come up:\n${server.output().slice(-3000)}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }, 300_000)
  afterAll(async () => {
    if (server?.child.exitCode === null) process.kill(-server.child.pid!, 'SIGTERM')
    await server?.exited
  })

  it('says how many job runners this instance has, and never adds demo content', async () => {
    expect(server.output()).toContain('4 runners on this instance, one per queue')
    expect(await counts()).toEqual({ users: 2, communities: 0 })
  })

  it('serves pages compressed, with a short cache', async () => {
    const response = await fetch(`${site}/`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    expect(await response.text()).toContain('<html')
  })

  it('serves hashed assets with a year-long immutable cache', async () => {
    const asset = fs.readdirSync(path.join(dir, 'dist/_astro')).find((name) => name.endsWith('.js'))!
    const response = await fetch(`${site}/_astro/${asset}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it("answers a missing page with the site's own 404 page", async () => {
    const response = await fetch(`${site}/no/such/page`)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe(fs.readFileSync(path.join(dir, 'dist/404.html'), 'utf8'))
  })

  it('serves the admin and the API from the production build', async () => {
    const page = await fetch(`${admin}/admin/login`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('</html>')
    expect((await fetch(`${admin}/api/users/me`)).status).toBe(200)
  })

  it('stops cleanly on SIGTERM', async () => {
    process.kill(-server.child.pid!, 'SIGTERM')
    expect(await server.exited).toBe(0)
  })
})
