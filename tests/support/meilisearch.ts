import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort.ts'

const runs = (binary: string): boolean => {
  try {
    execFileSync(binary, ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * The Meilisearch server to start: `MEILI_BIN`, else `meilisearch` on PATH, else the first of
 * `fallbacks` that runs (the test setup passes the build machines' shared copy). Null when
 * there is none.
 */
export const findMeilisearch = (env: NodeJS.ProcessEnv = process.env, fallbacks: readonly string[] = []): string | null => {
  if (env.MEILI_BIN) {
    if (!runs(env.MEILI_BIN)) throw new Error(`MEILI_BIN is set to ${env.MEILI_BIN}, which does not run as Meilisearch.`)
    return env.MEILI_BIN
  }
  if (runs('meilisearch')) return 'meilisearch'
  return fallbacks.map((candidate) => path.resolve(candidate)).find((candidate) => fs.existsSync(candidate) && runs(candidate)) ?? null
}

export type MeilisearchOptions = { dbPath?: string; port?: number; masterKey?: string }

export type RunningMeilisearch = {
  url: string
  masterKey: string
  port: number
  dbPath: string
  pid: number
  /** Stops it gracefully (SIGTERM); with `keepData` its database stays for a restart. */
  stop: (options?: { keepData?: boolean }) => Promise<void>
  /** Kills it without warning, as a crash or an OOM kill would; the database stays. */
  kill: () => Promise<void>
}

const healthy = (url: string): Promise<boolean> =>
  fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).then(
    (response) => response.ok,
    () => false,
  )

/**
 * Starts Meilisearch on loopback: a free port, a random master key and a temporary database
 * unless given (a restart passes the same ones). Resolves once it answers /health.
 */
export const startMeilisearch = async (binary: string, options: MeilisearchOptions = {}): Promise<RunningMeilisearch> => {
  const owned = options.dbPath === undefined
  const dbPath = options.dbPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-meili-')), 'db')
  const home = path.dirname(dbPath)
  const port = options.port ?? (await freePort())
  const masterKey = options.masterKey ?? randomBytes(24).toString('hex')
  const url = `http://127.0.0.1:${port}`
  // Run from its own folder so no config.toml or dumps/ of the caller's is read or written.
  const child: ChildProcess = spawn(
    binary,
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--db-path',
      dbPath,
      '--dump-dir',
      path.join(home, 'dumps'),
      '--snapshot-dir',
      path.join(home, 'snapshots'),
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    { cwd: home, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  // Its banner and routine warnings would drown a test run's output: kept, and shown only if it fails to start.
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // If the owner ends without stopping it (a runner that exits before its teardown finishes), it must not live on.
  const onOwnerExit = () => {
    child.kill('SIGKILL')
    if (owned) fs.rmSync(home, { recursive: true, force: true })
  }
  process.once('exit', onOwnerExit)
  void exited.then(() => process.off('exit', onOwnerExit))
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal)
      await exited
    }
  }
  const stop = async ({ keepData = false } = {}) => {
    await end('SIGTERM')
    if (owned && !keepData) fs.rmSync(home, { recursive: true, force: true })
  }
  const deadline = Date.now() + 20_000
  while (!(await healthy(url))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`Meilisearch (${binary}) did not start on port ${port}:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { url, masterKey, port, dbPath, pid: child.pid!, stop, kill: () => end('SIGKILL') }
}
