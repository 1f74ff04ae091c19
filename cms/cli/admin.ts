import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const nextBin = path.join(root, 'node_modules/.bin/next')
const buildId = path.join(root, 'cms/.next/BUILD_ID')

const newestChange = (dir: string): number => {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** True when there is no admin build, or the CMS sources or dependencies changed since it was made. */
export const adminBuildIsStale = (): boolean => {
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return Math.max(newestChange(path.join(root, 'cms')), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs) > built
}

export type AdminServer = { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }

/**
 * Serves the built admin (scripts/admin-server.ts) on `port`, its output appended to `logFile`,
 * with `env` added to ours. It has an IPC channel to this process and exits when that closes, so
 * it never outlives us.
 */
export const startAdminServer = (port: number, logFile: string, env: Record<string, string> = {}): AdminServer => {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'a')
  fs.writeSync(log, `\n--- admin server starting on port ${port} at ${new Date().toISOString()} ---\n`)
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', path.join(root, 'scripts/admin-server.ts')], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', log, log, 'ipc'],
  })
  fs.closeSync(log)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return { child, exited }
}

const SILENCE_MS = 15_000

const elapsed = (ms: number): string => {
  const seconds = Math.round(ms / 1000)
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
}

/**
 * Builds the admin, passing Next's output through. Next's compile step says nothing for minutes
 * on a small machine, so whenever it has been silent for 15 s a line with the elapsed time follows.
 */
export const buildAdmin = async (): Promise<void> => {
  const started = Date.now()
  let lastLine = started
  const child = spawn(nextBin, ['build', 'cms'], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    lastLine = Date.now()
    to.write(chunk)
  }
  child.stdout.on('data', pass(process.stdout))
  child.stderr.on('data', pass(process.stderr))
  const ticker = setInterval(() => {
    if (Date.now() - lastLine < SILENCE_MS) return
    lastLine = Date.now()
    console.log(`  … still building the admin (${elapsed(lastLine - started)})`)
  }, 1000)
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))))
  clearInterval(ticker)
  if (code !== 0) throw new Error(`Building the admin failed (next build exited with ${code}).`)
  console.log(`Admin built in ${elapsed(Date.now() - started)}.`)
}
