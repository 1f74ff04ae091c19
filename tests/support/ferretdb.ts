import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort.ts'

/**
 * FerretDB v1 speaks MongoDB's wire protocol and builds from its Go module, so the MongoDB path
 * can be tested where no MongoDB server can be installed. `go install` of the module gives a
 * binary that panics at start (the module zip lacks build/version/version.txt), so the source
 * is copied out of the module cache, the version file written, and the binary built from that.
 */
export const FERRETDB_VERSION = 'v1.24.2'
const MODULE = 'github.com/FerretDB/FerretDB'

const cacheDir = () => path.resolve(process.env.FERRETDB_CACHE ?? path.join(os.homedir(), '.cache/folkmoot/ferretdb', FERRETDB_VERSION))
export const ferretBinary = () => path.join(cacheDir(), 'ferretdb')

export const goAvailable = (): boolean => {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Builds the pinned FerretDB once (3 to 4 minutes cold, seconds with a warm Go cache); returns its path, or null without Go. */
export const ensureFerretDB = (log: (line: string) => void = () => {}): string | null => {
  const binary = ferretBinary()
  if (fs.existsSync(binary)) return binary
  if (!goAvailable()) return null
  log(`Building FerretDB ${FERRETDB_VERSION} from its Go module (once; cached in ${cacheDir()})…`)
  const moduleInfo = JSON.parse(execFileSync('go', ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], { encoding: 'utf8' })) as { Dir: string }
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'ferretdb-src-'))
  try {
    fs.cpSync(moduleInfo.Dir, source, { recursive: true })
    execFileSync('chmod', ['-R', 'u+w', source])
    fs.writeFileSync(path.join(source, 'build/version/version.txt'), `${FERRETDB_VERSION}\n`)
    fs.mkdirSync(cacheDir(), { recursive: true })
    execFileSync('go', ['build', '-trimpath', '-o', `${binary}.partial`, './cmd/ferretdb'], { cwd: source, stdio: ['ignore', 'ignore', 'inherit'] })
    fs.renameSync(`${binary}.partial`, binary)
  } finally {
    fs.rmSync(source, { recursive: true, force: true })
  }
  return binary
}

export type RunningFerretDB = { uri: string; stop: () => Promise<void> }

const accepting = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** Starts FerretDB on loopback with an SQLite backend in a fresh temporary folder. */
export const startFerretDB = async (binary: string): Promise<RunningFerretDB> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-ferretdb-'))
  fs.mkdirSync(path.join(dir, 'data'))
  const port = await freePort()
  const child: ChildProcess = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${path.join(dir, 'data')}/`,
      `--state-dir=${dir}`,
      `--listen-addr=127.0.0.1:${port}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=error',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 15_000
  while (!(await accepting(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`FerretDB did not start on port ${port}.`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { uri: `mongodb://127.0.0.1:${port}`, stop }
}
