// First: the Payload config below reads PAYLOAD_SECRET as it loads, and a fresh clone has none set.
import '../../cms/cli/prepareEnvironment'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import config from '../../cms/payload.config'
import { adminBuildIsStale, buildAdmin, startAdminServer } from '../../cms/cli/admin'
import { bootPayload } from '../../cms/cli/bootPayload'
import { sqlitePath } from '../../cms/database'
import { runScript } from '../../cms/cli/runScript'
import { startApiServer } from '../../tests/support/apiServer'
import { freePort } from '../../tests/support/freePort'
import { percentile, report } from './figures'
import { ADDED_INDEXES, REPLACED_INDEXES, type View, adminViews, toQueryString } from './adminViews'
import { seedAtScale } from './adminAtScaleSeed'

const TARGET_MS = 300

/** Waits for the built admin to answer, or fails when it does not within two minutes. */
const waitUntilUp = async (url: string): Promise<void> => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The admin server at ${url} did not answer within two minutes.`)
}

const signIn = async (url: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Signing in to ${url} failed (${response.status}).`)
  return token
}

/** One request as the admin's browser sends it; the time includes reading the whole answer. */
const timeOnce = async (view: View, urls: { api: string; admin: string }, token: string): Promise<number> => {
  const started = performance.now()
  const response =
    view.kind === 'page'
      ? // A browser's navigation: Payload takes the session cookie only with Sec-Fetch-Site (or an allowed Origin).
        await fetch(`${urls.admin}${view.path}`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' } })
      : await fetch(`${urls.api}/api/${view.collection}`, {
          // As the admin's relationship field and list send it: a GET carried in a POST body.
          method: 'POST',
          headers: { authorization: `JWT ${token}`, 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
          body: toQueryString(view.query),
        })
  const body = await response.text()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${view.name}: ${response.status} ${body.slice(0, 300)}`)
  if (view.kind === 'page' && body.includes('NEXT_REDIRECT'))
    throw new Error(`${view.name}: the admin sent the bench to another page (${body.match(/NEXT_REDIRECT;[^;]*;([^;]*)/)?.[1] ?? 'unknown'})`)
  if (view.kind === 'rest' && (JSON.parse(body) as { docs: unknown[] }).docs.length === 0 && !view.mayBeEmpty) throw new Error(`${view.name}: no documents`)
  return ms
}

const measure = async (views: View[], urls: { api: string; admin: string }, token: string, rounds: number) => {
  const results = new Map<string, { p50: number; p95: number }>()
  for (const view of views) {
    await timeOnce(view, urls, token)
    const times: number[] = []
    for (let round = 0; round < rounds; round++) times.push(await timeOnce(view, urls, token))
    times.sort((a, b) => a - b)
    results.set(view.name, { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) })
    console.log(`  ${view.name}: p50 ${results.get(view.name)!.p50} ms, p95 ${results.get(view.name)!.p95} ms`)
  }
  return results
}

/**
 * The admin at 100,000 documents a collection: each big list (page 1, a later page, a search,
 * an editor's filter) rendered by the built admin, the query its list makes through REST, and
 * the relationship pickers' requests while typing. Measured once without the indexes this
 * release adds (dropped from the bench's own database) and once with them.
 */
runScript(async () => {
  const documents = Number(process.env.BENCH_ADMIN_DOCUMENTS ?? 100_000)
  const rounds = Number(process.env.BENCH_ADMIN_ROUNDS ?? 15)
  const payload = await bootPayload()
  const started = performance.now()
  const seeded = await seedAtScale(payload, documents, (step) => console.log(`  seeding ${step}…`))
  const seedSeconds = (performance.now() - started) / 1000
  report({ name: 'admin at scale seed', documents, seconds: Number(seedSeconds.toFixed(1)) })

  const api = await startApiServer(config)
  const withPages = process.env.BENCH_ADMIN_PAGES !== 'false'
  let adminUrl = api.url
  let stopAdmin = async () => {}
  if (withPages) {
    if (adminBuildIsStale()) await buildAdmin()
    const port = await freePort()
    const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-admin-bench-')), 'admin.log')
    const server = startAdminServer(port, logFile)
    stopAdmin = async () => {
      server.child.kill('SIGTERM')
      await server.exited
    }
    adminUrl = `http://127.0.0.1:${port}`
    await waitUntilUp(adminUrl)
  }
  try {
    // Everything through the built admin when there is one, as the browser reaches it.
    const urls = { api: withPages ? adminUrl : api.url, admin: adminUrl }
    const token = await signIn(urls.api, seeded.admin.email, seeded.admin.password)
    const views = adminViews(seeded).filter((view) => withPages || view.kind !== 'page')

    // A connection of its own: Payload's may hold a statement open, and SQLite refuses DDL beside it.
    const db = { client: createClient({ url: `file:${sqlitePath()}` }) }
    const rows = (await db.client.execute(`SELECT name, sql FROM sqlite_master WHERE type = 'index'`)).rows
      .map((row) => ({ name: row.name as string, sql: row.sql as string }))
      .filter((row) => ADDED_INDEXES.includes(row.name))
    const missing = ADDED_INDEXES.filter((name) => !rows.some((row) => row.name === name))
    if (missing.length > 0) throw new Error(`The committed migrations do not create ${missing.join(', ')}.`)
    for (const row of rows) await db.client.execute(`DROP INDEX "${row.name}"`)
    for (const create of Object.values(REPLACED_INDEXES)) await db.client.execute(create)
    const loadBefore = os.loadavg()[0]!.toFixed(2)
    const before = await measure(views, urls, token, rounds)
    for (const name of Object.keys(REPLACED_INDEXES)) await db.client.execute(`DROP INDEX "${name}"`)
    for (const row of rows) await db.client.execute(row.sql)
    const loadAfter = os.loadavg()[0]!.toFixed(2)
    const after = await measure(views, urls, token, rounds)

    for (const view of views) {
      const was = before.get(view.name)!
      const now = after.get(view.name)!
      report({
        name: 'admin at scale',
        kind: view.kind,
        view: view.name,
        documents,
        p50: now.p50,
        p95: now.p95,
        beforeP50: was.p50,
        beforeP95: was.p95,
        rounds,
        load: `${loadBefore} then ${loadAfter}`,
      })
    }
    const worst = Math.max(...[...after.values()].map((figure) => figure.p95))
    report({ name: 'admin at scale worst', documents, p95: worst, target: TARGET_MS })
    db.client.close()
  } finally {
    await stopAdmin()
    await api.stop()
    await payload.destroy()
  }
})
