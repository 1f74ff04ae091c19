import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { writeSnapshot } from '../../../cms/export/publishSite'
import { seedDemo } from '../../../cms/seed/demo'
import { startPayload } from './payload'

const SETUP_TIMEOUT = 600_000

/**
 * Every file under `dir`, by its path relative to `dir`, as `read` gives it. Top-level folders
 * named in `leaveOut` are skipped (the search index and media a publish adds after Astro).
 */
export const filesUnder = <T>(dir: string, read: (file: string, name: string) => T, leaveOut: readonly string[] = []): Map<string, T> => {
  const walk = (base: string): Array<[string, T]> =>
    fs.readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry): Array<[string, T]> => {
      const name = path.join(base, entry.name)
      if (base === '' && leaveOut.includes(entry.name)) return []
      if (entry.isDirectory()) return walk(name)
      return [[name, read(path.join(dir, name), name)]]
    })
  return new Map(walk(''))
}

export type DemoSnapshot = { out: string; live: string; payload: () => Payload }

/**
 * For a test file about site builds: before its tests, a Payload on a database of its own with
 * the demo content, and its public snapshot written into a temporary folder `out`, whose `dist`
 * is the live site (`SITE_OUT`); `ready` runs after that, for a first build. All removed after.
 */
export const useDemoSnapshot = (prefix: string, ready: () => Promise<unknown> = async () => {}): DemoSnapshot => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `folkmoot-${prefix}-`))
  const live = path.join(out, 'dist')
  let started: { payload: Payload; stop: () => Promise<void> } | undefined
  beforeAll(async () => {
    process.env.SITE_SNAPSHOT = path.join(out, 'snapshot.json')
    process.env.SITE_OUT = live
    started = await startPayload()
    await seedDemo(started.payload)
    await writeSnapshot(started.payload)
    await ready()
  }, SETUP_TIMEOUT)
  afterAll(async () => {
    await started?.stop()
    fs.rmSync(out, { recursive: true, force: true })
  })
  return {
    out,
    live,
    payload: () => {
      if (!started) throw new Error('The demo snapshot is only ready inside a test.')
      return started.payload
    },
  }
}
