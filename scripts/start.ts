import fs from 'node:fs'
import path from 'node:path'

import { preview } from 'astro'

import { buildSite, snapshotFile, writeSnapshot } from '../cms/export/publishSite'
import { seedDemo } from '../cms/seed/demo'
import { DEMO_USERS, demoPassword } from '../cms/seed/users'
import { type SearchSource, searchDocuments } from '../search/documents'
import { indexOnFirstStart } from '../search/indexOnFirstStart'
import { type AdminServer, adminBuildIsStale, buildAdmin, startAdminServer } from '../cms/cli/admin'
import { bootPayload } from '../cms/cli/bootPayload'
import { ensurePortFree } from '../cms/cli/portCheck'
import { settings } from '../cms/settings'

const { PORT: port, SITE_PORT: sitePort, ADMIN_LOG } = settings()
/** Everything the admin server prints (requests that failed, job errors) is kept here. */
const adminLog = path.resolve(ADMIN_LOG)
const adminUrl = `http://localhost:${port}/admin`
const siteUrl = `http://localhost:${sitePort}/`

/**
 * Migrates the database, fills it with the demo district when it is empty and exports the
 * public snapshot. Says whether demo accounts exist.
 */
const prepareDatabase = async (): Promise<{ demoAccounts: boolean }> => {
  const payload = await bootPayload()
  try {
    const [users, communities] = await Promise.all([payload.count({ collection: 'users' }), payload.count({ collection: 'communities' })])
    if (users.totalDocs === 0 && communities.totalDocs === 0) {
      console.log('Empty database: adding the Harrowdale demo district…')
      await seedDemo(payload, ({ step, index, total }) => console.log(`  [${index}/${total}] ${step}`))
    } else {
      console.log('Database ready (it already has content, so no demo content was added).')
    }
    const demo = await payload.count({ collection: 'users', where: { email: { in: DEMO_USERS.map((user) => user.email) } } })
    await writeSnapshot(payload)
    return { demoAccounts: demo.totalDocs > 0 }
  } finally {
    await payload.destroy()
  }
}

const waitUntilServing = async (url: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The admin did not answer at ${url} within ${timeoutMs / 1000} s.`)
}

const lastLines = (file: string, count: number): string => fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n')

/** One part stopping stops the whole: the admin and the site are never left running alone. */
const superviseTogether = (admin: AdminServer, site: { stop: () => Promise<void> }) => {
  let stopping = false
  const stopAll = async (exitCode: number, sentence?: string) => {
    if (stopping) return
    stopping = true
    if (sentence) console.error(sentence)
    admin.child.kill('SIGTERM')
    const killLater = setTimeout(() => admin.child.kill('SIGKILL'), 10_000)
    await Promise.all([site.stop(), admin.exited])
    clearTimeout(killLater)
    process.exit(exitCode)
  }
  void admin.exited.then(({ code, signal }) =>
    stopAll(
      1,
      `The admin server stopped (${signal ?? `exit code ${code}`}), so Folkmoot stopped the public site too. The admin's log is ${adminLog}; its last lines:\n${lastLines(adminLog, 20)}`,
    ),
  )
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0))
  return stopAll
}

const main = async () => {
  console.log(
    'Folkmoot demo (npm start): a zero-setup trial with the fictional Harrowdale district and published demo passwords. Never use it for real data; production is `npm run serve` (see the README).',
  )
  // Before any work: a busy port would otherwise surface a minute later, or be silently swapped.
  await ensurePortFree(port, 'PORT')
  await ensurePortFree(sitePort, 'SITE_PORT')
  const { demoAccounts } = await prepareDatabase()
  // With MEILI_URL set, before the build: the build asks Meilisearch for the page's search-only key.
  await indexOnFirstStart(() => searchDocuments(JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')) as SearchSource))
  console.log('Building the public site…')
  const site = await buildSite()
  if (adminBuildIsStale()) {
    console.log('Building the admin (a few minutes the first time; later starts reuse the build)…')
    await buildAdmin()
  }
  // The admin server works the jobs queue: publishing in the admin then rebuilds the site.
  process.env.FOLKMOOT_RUN_JOBS = 'true'
  const admin = startAdminServer(port, adminLog)
  // The site is served from this process, so it cannot outlive it.
  const siteServer = await preview({ root: process.cwd(), server: { port: sitePort, host: '127.0.0.1' }, logLevel: 'warn' })
  const stopAll = superviseTogether(admin, siteServer)
  if (siteServer.port !== sitePort) await stopAll(1, `Port ${sitePort} was taken while Folkmoot started: set SITE_PORT to a free port.`)
  await Promise.all([waitUntilServing(adminUrl, 120_000), waitUntilServing(siteUrl, 60_000)])
  const demo = DEMO_USERS.map((user) => `    ${user.email.padEnd(26)} ${user.role}`).join('\n')
  console.log(`
Folkmoot is running.
  Public site: ${siteUrl}  (${site.pages} pages)
  Admin:       ${adminUrl}  (its log: ${path.relative(process.cwd(), adminLog) || adminLog})
  Search:      ${site.search ? 'the static index built with the site (set MEILI_URL to use Meilisearch)' : `Meilisearch at ${process.env.MEILI_URL}`}
  ${demoAccounts ? `Sign in with one of the demo accounts, password "${demoPassword()}":\n${demo}` : 'Sign in with your account (the first visit to an empty database offers to create one).'}
  Stop with Ctrl+C.
`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
