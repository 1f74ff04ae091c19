import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { runAstroBuild, snapshotFile } from '../../cms/export/publishSite'
import { filesUnder, useDemoSnapshot } from './support/demoSnapshot'

const { out } = useDemoSnapshot('at-once')

/** Every file of a built site by its path, with its bytes. */
const siteFiles = (dir: string) => filesUnder(dir, (file) => fs.readFileSync(file, 'latin1'))

/** The folders Astro builds keep their scratch files in while they run (see runAstroBuild). */
const buildWorkFolders = () => {
  const dir = path.join(process.cwd(), '.astro', 'builds')
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

describe('two site builds running at once (a draft preview while a publish builds)', () => {
  it('both succeed, each writes the complete site into its own folder, and neither leaves scratch folders behind', async () => {
    const workBefore = buildWorkFolders()
    const engine = { engine: 'static', base: '/' } as const
    // Outside the project, as the preview's temporary folder and a configured SITE_OUT may be.
    const [first, second] = await Promise.all([
      runAstroBuild(snapshotFile(), path.join(out, 'one', 'dist'), engine),
      runAstroBuild(snapshotFile(), path.join(out, 'two', 'dist'), engine),
    ])

    expect([first.code, second.code]).toEqual([0, 0])
    const one = siteFiles(path.join(out, 'one', 'dist'))
    const two = siteFiles(path.join(out, 'two', 'dist'))
    const pages = [...one.keys()].filter((name) => name.endsWith('index.html'))
    expect(pages.length).toBeGreaterThan(50)
    expect(pages).toContain('index.html')
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort())
    // The calendar feed carries its build time; every other file is the same in both.
    for (const [name, bytes] of one) if (!name.endsWith('.ics')) expect(two.get(name) === bytes, name).toBe(true)
    for (const dir of ['one', 'two']) expect(fs.existsSync(path.join(out, dir, 'dist', '.prerender'))).toBe(false)
    expect(buildWorkFolders()).toEqual(workBefore)
  }, 600_000)
})
