import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, expect, it } from 'vitest'

import { ABANDONED_AFTER_MS, removeAbandonedScratch } from '../../cms/export/abandonedScratch'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-scratch-'))
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const made = (name: string, ageMs: number, folder = false) => {
  const file = path.join(dir, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (folder) fs.mkdirSync(path.join(file, 'chunks'), { recursive: true })
  else fs.writeFileSync(file, '{}')
  const when = new Date(Date.now() - ageMs)
  fs.utimesSync(file, when, when)
  return file
}

it('deletes scratch folders and pending snapshots older than an hour, and keeps younger ones and the rest', async () => {
  const builds = path.join(dir, 'builds')
  const snapshot = path.join(dir, 'snapshot.json')
  const stale = ABANDONED_AFTER_MS + 60_000
  const kept = [
    made('builds/run-running', 5_000, true),
    made('snapshot.json.pending-12-1700000000000', 5_000),
    made('snapshot.json', stale),
    made('builds/notes.txt', stale),
  ]
  const gone = [made('builds/run-killed', stale, true), made('snapshot.json.pending-34-1600000000000', stale)]

  await removeAbandonedScratch(builds, snapshot)

  for (const file of kept) expect(fs.existsSync(file), file).toBe(true)
  for (const file of gone) expect(fs.existsSync(file), file).toBe(false)
})

it('does nothing when no build has run yet', async () => {
  await expect(removeAbandonedScratch(path.join(dir, 'none'), path.join(dir, 'none', 'snapshot.json'))).resolves.toBeUndefined()
})
