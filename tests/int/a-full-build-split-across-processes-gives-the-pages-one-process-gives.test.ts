import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildSite, runAstroBuild, snapshotFile } from '../../cms/export/publishSite'
import { STATIC_INDEX_DIR } from '../../search/static/paths'
import { filesUnder, useDemoSnapshot } from './support/demoSnapshot'

const { out, live } = useDemoSnapshot('split-build')

/** Every file Astro wrote, with its bytes; leaving out the folders the publish step adds after Astro. */
const astroFiles = (dir: string) => filesUnder(dir, (file) => fs.readFileSync(file), [STATIC_INDEX_DIR, 'media'])

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
