import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../support/freePort'

let busy: net.Server
let busyPort: number
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-busy-port-'))

beforeAll(async () => {
  busyPort = await freePort()
  busy = net.createServer()
  await new Promise<void>((resolve) => busy.listen(busyPort, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise((resolve) => busy?.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Runs `npm start` with the given ports; resolves with its exit code and everything it printed. */
const npmStart = async (ports: { PORT: number; SITE_PORT: number }): Promise<{ code: number | null; output: string }> => {
  const child = spawn('npm', ['start'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(ports.PORT),
      SITE_PORT: String(ports.SITE_PORT),
      PAYLOAD_SECRET: 'e2e-secret',
      SQLITE_PATH: path.join(dir, 'folkmoot.db'),
      ADMIN_LOG: path.join(dir, 'admin.log'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { code, output }
}

describe('npm start on a busy port', () => {
  it('refuses before doing any work, naming the port and the setting', async () => {
    const { code, output } = await npmStart({ PORT: busyPort, SITE_PORT: await freePort() })
    expect(code).toBe(1)
    expect(output).toContain(`Port ${busyPort} is already in use: stop what is using it, or set PORT to a free port`)
    expect(output).not.toContain('Building')
  })

  it('refuses a busy site port the same way, instead of serving the site on another one', async () => {
    const { code, output } = await npmStart({ PORT: await freePort(), SITE_PORT: busyPort })
    expect(code).toBe(1)
    expect(output).toContain(`Port ${busyPort} is already in use: stop what is using it, or set SITE_PORT to a free port`)
  })
})
