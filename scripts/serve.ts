import '../cms/cli/loadEnvFile'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { readProductionSettings } from '../cms/cli/productionSettings'
import { createSiteServer } from '../cms/cli/siteServer'
import type { SearchSource } from '../search/documents'

/**
 * The production entry point: checks the settings and the accounts, migrates (SQLite) or checks
 * indexes (MongoDB), then serves the admin and API (scripts/admin-server.ts on the production
 * build) and the built public site, and works the jobs queue. It never adds demo content.
 */
const root = process.cwd()

const refuse = (sentences: string[]): never => {
  console.error(`Folkmoot will not start:\n${sentences.map((sentence) => `  - ${sentence}`).join('\n')}`)
  process.exit(1)
}

/** Checks the database and makes sure there is a site to serve; returns how many job runners the config has. */
const prepare = async (siteDir: string): Promise<number> => {
  // Imported only now: the scripts' defaults would otherwise invent a secret before it is checked.
  const { bootPayload } = await import('../cms/cli/bootPayload')
  const { usesMongo } = await import('../cms/database')
  const { accountsWithDemoPassword } = await import('../cms/cli/demoPasswordAccounts')
  const { ensureMongoIndexes } = await import('../cms/cli/mongoIndexes')
  const { buildSite, snapshotFile, writeSnapshot } = await import('../cms/export/publishSite')
  const { searchDocuments } = await import('../search/documents')
  const { indexOnFirstStart } = await import('../search/indexOnFirstStart')
  const payload = await bootPayload()
  const refusals: string[] = []
  try {
    if (usesMongo()) {
      const created = await ensureMongoIndexes(payload)
      console.log(created ? `MongoDB: created ${created} missing indexes.` : 'MongoDB: every index is in place.')
    } else {
      console.log('SQLite: the database is migrated to the current schema.')
    }
    const users = await payload.count({ collection: 'users' })
    if (users.totalDocs === 0) {
      refusals.push(
        'There is no account yet, so anyone reaching the admin could make themselves its administrator: create the first one with `npm run create-admin -- --email you@example.org`.',
      )
    }
    const demo = await accountsWithDemoPassword(payload)
    if (demo.length > 0) {
      refusals.push(
        `${demo.length} account(s) still have the published demo password (${demo.join(', ')}): change their passwords in the admin under Settings › Users, or delete them.`,
      )
    }
    if (refusals.length === 0 && !fs.existsSync(path.join(root, 'cms/.next/BUILD_ID'))) {
      refusals.push('There is no production build of the admin: run `npm run build` first (it builds the admin and the public site).')
    }
    if (refusals.length === 0 && !fs.existsSync(path.join(siteDir, 'index.html'))) {
      console.log('There is no built public site yet: building it…')
      await writeSnapshot(payload)
      // With MEILI_URL set, before the build: the build asks Meilisearch for the page's search-only key.
      await indexOnFirstStart(() => searchDocuments(JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')) as SearchSource))
      await buildSite()
    }
    const autoRun = payload.config.jobs.autoRun
    return Array.isArray(autoRun) ? autoRun.length : 0
  } finally {
    await payload.destroy()
    if (refusals.length > 0) refuse(refusals)
  }
}

const waitUntilServing = async (url: string, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

const main = async () => {
  console.log('Folkmoot production server (npm run serve). It never adds demo content; `npm start` is the demo.')
  const { settings, refusals } = readProductionSettings(process.env)
  if (!settings || refusals.length > 0) return refuse(refusals)
  const siteDir = path.resolve(root, settings.SITE_OUT)
  const runners = await prepare(siteDir)

  const admin = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', path.join(root, 'scripts/admin-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(settings.PORT), NODE_ENV: 'production', FOLKMOOT_RUN_JOBS: settings.FOLKMOOT_RUN_JOBS },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const site = createSiteServer(siteDir)
  let stopping = false
  const stop = (code: number, sentence?: string) => {
    if (stopping) return
    stopping = true
    if (sentence) console.error(sentence)
    admin.kill('SIGTERM')
    site.close()
    const killLater = setTimeout(() => admin.kill('SIGKILL'), 10_000)
    admin.once('exit', () => {
      clearTimeout(killLater)
      process.exit(code)
    })
    if (admin.exitCode !== null || admin.signalCode !== null) process.exit(code)
  }
  admin.once('exit', (code, signal) => stop(1, `The admin server stopped (${signal ?? `exit code ${code}`}), so the public site stopped too.`))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0))
  site.on('error', (error: NodeJS.ErrnoException) =>
    stop(
      1,
      error.code === 'EADDRINUSE'
        ? `Port ${settings.SITE_PORT} is already in use: stop what is using it, or set SITE_PORT to a free port.`
        : `The site server stopped: ${error.message}`,
    ),
  )
  site.listen(settings.SITE_PORT, settings.HOST)

  const local = `http://127.0.0.1:${settings.PORT}`
  if (!(await waitUntilServing(`${local}/api/health`, 120_000))) return stop(1, `The admin did not answer on port ${settings.PORT} within 120 s.`)
  console.log(`
Folkmoot is serving.
  Admin and API: ${settings.SERVER_URL}  (port ${settings.PORT})
  Public site:   ${settings.SITE_URL}  (port ${settings.SITE_PORT}, from ${path.relative(root, siteDir) || siteDir})
  Jobs queue:    ${settings.FOLKMOOT_RUN_JOBS === 'true' ? `${runners} runners on this instance, one per queue (site, mail, search, newsletters); FOLKMOOT_RUN_JOBS=false turns them off here.` : 'not worked by this instance (FOLKMOOT_RUN_JOBS=false).'}
  Stop with Ctrl+C or SIGTERM.
`)
}

// The settings are checked before anything else: refusals come back as sentences, anything else as one line.
main().catch((error: unknown) => {
  console.error(`Folkmoot could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
