import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { EngineConfig } from '../../search/client/engine'
import type { StaticIndexReport } from '../../search/static/buildIndex'
import { buildStaticSearch, searchEngineForBuild, withoutSecrets } from '../../search/siteBuild'
import { STATIC_INDEX_DIR } from '../../search/static/paths'
import { exportSnapshot } from './snapshot'
import { watchPeakMemory } from '../lib/peakMemory'
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

/**
 * Puts the uploads the snapshot names (and their resized copies) next to the pages: hard links
 * when the media folder is on the same disk (no bytes copied), copies otherwise. The folder is
 * always new, so a link never shares a file the live site is serving with one being written.
 */
const placeMedia = (dist: string): number => {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')) as {
    media: Array<{ filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }>
  }
  const from = fromRoot(settings().MEDIA_DIR)
  const to = path.join(dist, 'media')
  fs.mkdirSync(to, { recursive: true })
  let placed = 0
  for (const file of snapshot.media) {
    for (const name of [file.filename, ...Object.values(file.sizes ?? {}).map((size) => size?.filename)]) {
      if (!name || !fs.existsSync(path.join(from, name)) || fs.existsSync(path.join(to, name))) continue
      try {
        fs.linkSync(path.join(from, name), path.join(to, name))
      } catch {
        fs.copyFileSync(path.join(from, name), path.join(to, name))
      }
      placed += 1
    }
  }
  return placed
}

/** Seconds spent in each part of a build, for the benchmark's breakdown. */
export type BuildTimings = { astro: number; media: number; searchIndex: number; swap: number }

/** Peak resident memory in MB: the Astro build's process, and this one (which exports and builds the search index). */
export type BuildMemory = { astroMB: number; publisherMB: number }

export type BuildResult = {
  pages: number
  media: number
  search: StaticIndexReport | null
  incremental: boolean
  seconds: BuildTimings
  peakMemory: BuildMemory
}

/** The snapshot the live site was built from: an incremental build renders what changed since. */
const liveSnapshotFile = () => snapshotFile().replace(/(\.json)?$/, '.live.json')

const since = (started: number) => (performance.now() - started) / 1000

/**
 * Pages showing a consultation's phase depend on the clock, so the live site is rebuilt in full
 * at least this often: the hourly run does it, and should an edit's rebuild have replaced that
 * run while it waited (`supersedes`), the next rebuild goes full instead.
 */
const FULL_BUILD_AT_LEAST_EVERY_MS = 65 * 60 * 1000
/** Touched when a full build goes live; its age is the live site's oldest page's. */
const fullBuildMark = () => snapshotFile().replace(/(\.json)?$/, '.full-build')
const lastFullBuildAge = () => (fs.existsSync(fullBuildMark()) ? Date.now() - fs.statSync(fullBuildMark()).mtimeMs : Infinity)

/**
 * Builds the static site from the snapshot into a fresh folder (the build fails when it missed
 * a page the content needs: see site/integrations/everyPageWritten.ts), adds the static search
 * index when Meilisearch is not the engine, and only then swaps it in: a failed or short build
 * never replaces the live site, and visitors never see a half-built one. Secrets are kept out
 * of the Astro build's environment.
 *
 * Unless `full` is asked for, the build is incremental when there is a live site and the
 * snapshot it came from: Astro renders only the routes the change affects
 * (site/lib/routeDependencies.ts) and the rest of the fresh folder is hard-linked from the live
 * site, so it is complete before the swap, exactly as a full build would have left it.
 */
/** Runs `astro build` on a snapshot file into a folder, on top of a live site when given one (see buildSite); resolves with its exit code and peak memory. */
export const runAstroBuild = (
  snapshot: string,
  outDir: string,
  engine: EngineConfig,
  previous?: { snapshot: string; out: string },
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; peakMB: number }> => {
  const env = {
    ...withoutSecrets(process.env),
    ...extraEnv,
    SITE_SNAPSHOT: snapshot,
    SITE_OUT: outDir,
    FOLKMOOT_SEARCH: JSON.stringify(engine),
    SITE_PREVIOUS_SNAPSHOT: previous?.snapshot ?? '',
    SITE_PREVIOUS_OUT: previous?.out ?? '',
  }
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/astro'), ['build', '--silent'], { cwd: root, env, stdio: 'inherit' })
    const memory = watchPeakMemory(child.pid)
    child.on('exit', (exitCode) => resolve({ code: exitCode ?? 1, peakMB: memory.stop() }))
  })
}

/** `astroEnv` adds to the Astro process's environment: the bench passes its memory probe in NODE_OPTIONS. */
export const buildSite = async (options: { full?: boolean; astroEnv?: Record<string, string> } = {}): Promise<BuildResult> => {
  const live = distDir()
  const next = `${live}.next`
  fs.rmSync(next, { recursive: true, force: true })
  const incremental = !options.full && fs.existsSync(live) && fs.existsSync(liveSnapshotFile()) && lastFullBuildAge() < FULL_BUILD_AT_LEAST_EVERY_MS
  const engine = await searchEngineForBuild()
  // The search index needs only the snapshot: it is built here while Astro renders in its own process.
  const searchDir = `${live}.search`
  fs.rmSync(searchDir, { recursive: true, force: true })
  let started = performance.now()
  const searching = engine.engine === 'static' ? buildStaticSearch(snapshotFile(), searchDir).then((report) => ({ report, seconds: since(started) })) : null
  const { code, peakMB: astroPeakMB } = await runAstroBuild(
    snapshotFile(),
    next,
    engine,
    incremental ? { snapshot: liveSnapshotFile(), out: live } : undefined,
    options.astroEnv,
  )
  const indexed = await searching
  if (code !== 0) throw new Error(`Building the public site failed (astro build exited with ${code}). The live site is unchanged.`)
  const astro = since(started)
  if (indexed) fs.renameSync(path.join(searchDir, STATIC_INDEX_DIR), path.join(next, STATIC_INDEX_DIR))
  fs.rmSync(searchDir, { recursive: true, force: true })
  const pages = htmlPages(next)
  started = performance.now()
  const media = placeMedia(next)
  const mediaSeconds = since(started)
  started = performance.now()
  const old = `${live}.old`
  fs.rmSync(old, { recursive: true, force: true })
  if (fs.existsSync(live)) fs.renameSync(live, old)
  fs.renameSync(next, live)
  const swap = since(started)
  // The snapshot is recorded only once its site is live; a failed build leaves the old pair.
  fs.copyFileSync(snapshotFile(), `${liveSnapshotFile()}.next`)
  fs.renameSync(`${liveSnapshotFile()}.next`, liveSnapshotFile())
  if (!incremental) fs.writeFileSync(fullBuildMark(), new Date().toISOString())
  fs.rmSync(old, { recursive: true, force: true })
  return {
    pages,
    media,
    search: indexed?.report ?? null,
    incremental,
    seconds: { astro, media: mediaSeconds, searchIndex: indexed?.seconds ?? 0, swap },
    peakMemory: { astroMB: astroPeakMB, publisherMB: Math.round(process.resourceUsage().maxRSS / 1024) },
  }
}
