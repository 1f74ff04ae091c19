import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, runAstroBuild, snapshotFile, writeSnapshot } from '../../cms/export/publishSite'
import { seedDemo } from '../../cms/seed/demo'
import { STATIC_INDEX_DIR } from '../../search/static/paths'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-split-build-'))
const live = path.join(out, 'dist')

/** Every file of a built site by its path, with its bytes; leaving out the folders the publish step adds after Astro. */
const astroFiles = (dir: string, base = ''): Map<string, Buffer> =>
  new Map(
    fs.readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry): Array<[string, Buffer]> => {
      const name = path.join(base, entry.name)
      if (base === '' && (entry.name === STATIC_INDEX_DIR || entry.name === 'media')) return []
      if (entry.isDirectory()) return [...astroFiles(dir, name)]
      return [[name, fs.readFileSync(path.join(dir, name))]]
    }),
  )

beforeAll(async () => {
  process.env.SITE_SNAPSHOT = path.join(out, 'snapshot.json')
  process.env.SITE_OUT = live
  test = await startPayload()
  await seedDemo(test.payload)
  await writeSnapshot(test.payload)
}, 600_000)
afterAll(async () => {
  await test.stop()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('a full build split across processes', () => {
  it('writes byte for byte the files one process writes', async () => {
    const single = path.join(out, 'single')
    const { code } = await runAstroBuild(snapshotFile(), single, { engine: 'static', base: '/' })
    expect(code).toBe(0)
    const built = await buildSite({ full: true })

    expect(built.incremental).toBe(false)
    const one = astroFiles(single)
    const split = astroFiles(live)
    expect([...one.keys()].filter((name) => name.endsWith('.html')).length).toBeGreaterThan(50)
    expect([...split.keys()].sort()).toEqual([...one.keys()].sort())
    // The calendar feed stamps the time it was written (DTSTAMP); all else is the same, byte for byte.
    const unstamped = (bytes: Buffer | undefined) => bytes?.toString('latin1').replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:')
    for (const [name, bytes] of one) {
      if (name.endsWith('.ics')) expect(unstamped(split.get(name)), name).toBe(unstamped(bytes))
      else expect(split.get(name)?.equals(bytes), name).toBe(true)
    }
  }, 600_000)
})
