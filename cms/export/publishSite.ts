import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { EngineConfig } from '../../search/client/engine'
import type { StaticIndexReport } from '../../search/static/buildIndex'
import { buildStaticSearch, searchEngineForBuild, withoutSecrets } from '../../search/siteBuild'
import { exportSnapshot } from './snapshot'
import { settings } from '../settings'

const root = process.cwd()
// Paths from the working directory carry Turbopack's ignore comment: without it, the admin build
// traces the whole project into its output (it cannot know which file the environment names).
const fromRoot = (name: string) => path.resolve(/* turbopackIgnore: true */ root, name)
export const snapshotFile = () => fromRoot(settings().SITE_SNAPSHOT)
const distDir = () => fromRoot(settings().SITE_OUT)

/** Writes the public content snapshot the site builds from. */
export const writeSnapshot = async (payload: Payload): Promise<void> => {
  const snapshot = await exportSnapshot(payload)
  fs.mkdirSync(path.dirname(snapshotFile()), { recursive: true })
  fs.writeFileSync(snapshotFile(), JSON.stringify(snapshot))
}

const htmlPages = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    if (entry.isDirectory()) return sum + htmlPages(path.join(dir, entry.name))
    return sum + (entry.name.endsWith('.html') ? 1 : 0)
  }, 0)

/** Copies the uploads the snapshot names (and their resized copies) next to the pages. */
const copyMedia = (dist: string): number => {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')) as {
    media: Array<{ filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }>
  }
  const from = fromRoot(settings().MEDIA_DIR)
  const to = path.join(dist, 'media')
  fs.mkdirSync(to, { recursive: true })
  let copied = 0
  for (const file of snapshot.media) {
    for (const name of [file.filename, ...Object.values(file.sizes ?? {}).map((size) => size?.filename)]) {
      if (!name || !fs.existsSync(path.join(from, name))) continue
      fs.copyFileSync(path.join(from, name), path.join(to, name))
      copied += 1
    }
  }
  return copied
}

/**
 * Builds the static site from the snapshot into a fresh folder (the build fails when it missed
 * a page the content needs: see site/integrations/everyPageWritten.ts), adds the static search
 * index when Meilisearch is not the engine, and only then swaps it in: a failed or short build never replaces the live site, and visitors
 * never see a half-built one. Secrets are kept out of the Astro build's environment.
 */
/** Runs `astro build` on a snapshot file into a folder; resolves with its exit code. */
export const runAstroBuild = (snapshot: string, outDir: string, engine: EngineConfig): Promise<number> => {
  const env = { ...withoutSecrets(process.env), SITE_SNAPSHOT: snapshot, SITE_OUT: outDir, FOLKMOOT_SEARCH: JSON.stringify(engine) }
  return new Promise<number>((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/astro'), ['build', '--silent'], { cwd: root, env, stdio: 'inherit' })
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
}

export const buildSite = async (): Promise<{ pages: number; media: number; search: StaticIndexReport | null }> => {
  const live = distDir()
  const next = `${live}.next`
  fs.rmSync(next, { recursive: true, force: true })
  const engine = await searchEngineForBuild()
  const code = await runAstroBuild(snapshotFile(), next, engine)
  if (code !== 0) throw new Error(`Building the public site failed (astro build exited with ${code}). The live site is unchanged.`)
  const pages = htmlPages(next)
  const media = copyMedia(next)
  const search = engine.engine === 'static' ? await buildStaticSearch(snapshotFile(), next) : null
  const old = `${live}.old`
  fs.rmSync(old, { recursive: true, force: true })
  if (fs.existsSync(live)) fs.renameSync(live, old)
  fs.renameSync(next, live)
  fs.rmSync(old, { recursive: true, force: true })
  return { pages, media, search }
}
