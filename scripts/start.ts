import { spawn } from 'node:child_process'
import path from 'node:path'

import { buildSite, writeSnapshot } from '../cms/export/publishSite'
import { seedDemo } from '../cms/seed/demo'
import { DEMO_USERS, demoPassword } from '../cms/seed/users'
import { adminBuildIsStale, buildAdmin, runNext } from '../cms/cli/admin'
import { bootPayload } from '../cms/cli/bootPayload'
import { settings } from '../cms/settings'

const { PORT: port, SITE_PORT: sitePort } = settings()
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

const main = async () => {
  const { demoAccounts } = await prepareDatabase()
  console.log('Building the public site…')
  const site = await buildSite()
  if (adminBuildIsStale()) {
    console.log('Building the admin (about a minute the first time; later starts reuse the build)…')
    await buildAdmin()
  }
  // The admin server works the jobs queue: publishing in the admin then rebuilds the site.
  process.env.FOLKMOOT_RUN_JOBS = 'true'
  const server = runNext(['start', '-p', String(port)], { quiet: true })
  const preview = spawn(path.resolve('node_modules/.bin/astro'), ['preview', '--port', String(sitePort), '--host', '127.0.0.1'], { env: process.env, stdio: 'ignore' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      preview.kill(signal)
      server.child.kill(signal)
    })
  }
  server.exited.then((code) => process.exit(code))
  await Promise.all([waitUntilServing(adminUrl, 120_000), waitUntilServing(siteUrl, 60_000)])
  const demo = DEMO_USERS.map((user) => `    ${user.email.padEnd(26)} ${user.role}`).join('\n')
  console.log(`
Folkmoot is running.
  Public site: ${siteUrl}  (${site.pages} pages)
  Admin:       ${adminUrl}
  ${demoAccounts ? `Sign in with one of the demo accounts, password "${demoPassword()}":\n${demo}` : 'Sign in with your account (the first visit to an empty database offers to create one).'}
  Stop with Ctrl+C.
`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
