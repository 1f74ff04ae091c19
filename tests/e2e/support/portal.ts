import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../support/freePort'

export type RunningPortal = {
  url: string
  siteUrl: string
  output: () => string
  /** Where the admin server's output is kept. */
  adminLog: string
  /** Process group of `npm start` and everything it runs. */
  group: number
  /** Resolves with `npm start`'s exit code once it has exited. */
  exited: Promise<number | null>
  stop: () => Promise<void>
}

/**
 * Runs `npm start` exactly as a new user would, on a database of its own, and waits for the
 * line that says the portal is up.
 */
export const startPortal = async (timeoutMs: number, extraEnv: Record<string, string> = {}): Promise<RunningPortal> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-e2e-'))
  const port = await freePort()
  const sitePort = await freePort()
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: process.cwd(),
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SITE_PORT: String(sitePort),
      SQLITE_PATH: path.join(dir, 'folkmoot.db'),
      MEDIA_DIR: path.join(dir, 'media'),
      SITE_SNAPSHOT: path.join(dir, 'snapshot.json'),
      SITE_OUT: path.join(dir, 'dist'),
      ADMIN_LOG: path.join(dir, 'admin.log'),
      PAYLOAD_SECRET: 'e2e-secret',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  while (!log.includes('Folkmoot is running.')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`npm start did not come up:\n${log.slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url: `http://localhost:${port}`,
    siteUrl: `http://localhost:${sitePort}`,
    output: () => log,
    adminLog: path.join(dir, 'admin.log'),
    group: child.pid!,
    exited,
    stop,
  }
}
