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

/** Runs `next` on the admin folder with this process's environment; resolves with its exit code. */
const runNext = (args: string[]) => {
  const child = spawn(nextBin, [...args, 'cms'], { cwd: root, env: process.env, stdio: 'inherit' })
  return new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}

export type AdminServer = { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }

/**
 * Serves the built admin (scripts/admin-server.ts) on `port`, its output appended to `logFile`.
 * It has an IPC channel to this process and exits when that closes, so it never outlives us.
 */
export const startAdminServer = (port: number, logFile: string): AdminServer => {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'a')
  fs.writeSync(log, `\n--- admin server starting on port ${port} at ${new Date().toISOString()} ---\n`)
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', path.join(root, 'scripts/admin-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', log, log, 'ipc'],
  })
  fs.closeSync(log)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return { child, exited }
}

export const buildAdmin = async (): Promise<void> => {
  const code = await runNext(['build'])
  if (code !== 0) throw new Error(`Building the admin failed (next build exited with ${code}).`)
}
