import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import type { EngineConfig } from '../../search/client/engine'
import type { StaticIndexReport } from '../../search/static/buildIndex'
import { buildStaticSearch, searchEngineForBuild, withoutSecrets } from '../../search/siteBuild'
import { STATIC_INDEX_DIR } from '../../search/static/paths'
import { removeAbandonedScratch } from './abandonedScratch'
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

/**
 * Seconds spent in each part of a build, for the benchmark's breakdown: `export` until the
 * snapshot was written (0 when it was written before), `astro` from the start to the end of the
 * Astro build (the export overlaps its start, the search index its rendering).
 */
export type BuildTimings = { export: number; astro: number; media: number; searchIndex: number; swap: number }

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

/** Where each Astro build keeps its scratch files and caches: inside the project, so that its compiled pages find node_modules. */
const BUILD_WORK_DIRS = '.astro/builds'

/**
 * Runs `astro build` on a snapshot file into a folder, on top of a live site when given one (see
 * buildSite); resolves with its exit code and peak memory. Builds may run at once (a draft
 * preview while a publish builds), so each has a folder of its own for its scratch files, removed
 * afterwards: Astro compiles the pages into `.astro/` under its working directory (or into the
 * output folder when that is inside it) and deletes them when done, so two builds from one
 * working directory delete each other's pages. Each therefore runs from its own folder with the
 * project as its root, and keeps its caches there too (astro.config.mjs, SITE_BUILD_WORK).
 */
export const runAstroBuild = (
  snapshot: string,
  outDir: string,
  engine: EngineConfig,
  previous?: { snapshot: string; out: string },
  options: { snapshotPending?: boolean; signal?: AbortSignal; share?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; peakMB: number }> => {
  fs.mkdirSync(fromRoot(BUILD_WORK_DIRS), { recursive: true })
  const work = fs.mkdtempSync(path.join(fromRoot(BUILD_WORK_DIRS), 'run-'))
  const env = {
    ...withoutSecrets(process.env),
    ...options.env,
    SITE_SNAPSHOT: fromRoot(snapshot),
    SITE_SNAPSHOT_PENDING: options.snapshotPending ? 'true' : '',
    SITE_OUT: fromRoot(outDir),
    SITE_BUILD_WORK: work,
    SITE_ROUTE_SHARD: options.share ?? '',
    FOLKMOOT_SEARCH: JSON.stringify(engine),
    SITE_PREVIOUS_SNAPSHOT: previous ? fromRoot(previous.snapshot) : '',
    SITE_PREVIOUS_OUT: previous ? fromRoot(previous.out) : '',
  }
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/astro'), ['build', '--silent', '--root', root], {
      cwd: work,
      env,
      stdio: 'inherit',
      signal: options.signal,
    })
    const memory = watchPeakMemory(child.pid)
    // An aborted build is reported by its exit code; the abort's own error says nothing more.
    child.on('error', () => {})
    child.on('exit', (exitCode) => {
      const result = { code: exitCode ?? 1, peakMB: memory.stop() }
      void fs.promises.rm(work, { recursive: true, force: true }).finally(() => resolve(result))
    })
  })
}

/** Processes a full build is split across: one per core, at most two (see runSplitAstroBuild). */
const FULL_BUILD_PROCESSES = Math.min(2, os.availableParallelism())

/**
 * Runs a full `astro build` as several processes into one folder, each rendering the routes whose
 * path falls in its share (site/lib/routeFilter.ts) and checking that it wrote those pages: a
 * full build renders ten thousand pages at scale on one core otherwise. Fails if any fails; its
 * peak memory is theirs together.
 */
const runSplitAstroBuild = async (
  snapshot: string,
  outDir: string,
  engine: EngineConfig,
  options: { snapshotPending?: boolean; signal?: AbortSignal; env?: Record<string, string> },
): Promise<{ code: number; peakMB: number }> => {
  if (FULL_BUILD_PROCESSES < 2) return runAstroBuild(snapshot, outDir, engine, undefined, options)
  const shares = Array.from({ length: FULL_BUILD_PROCESSES }, (_, index) => `${index}/${FULL_BUILD_PROCESSES}`)
  const built = await Promise.all(shares.map((share) => runAstroBuild(snapshot, outDir, engine, undefined, { ...options, share })))
  return { code: built.find((result) => result.code !== 0)?.code ?? 0, peakMB: built.reduce((sum, result) => sum + result.peakMB, 0) }
}

/**
 * Exports the snapshot and builds the site from it (see buildSite), the two overlapping: Astro
 * starts at once and bundles the pages, which needs no content, while the snapshot is exported,
 * and waits for the snapshot before it renders. A failed export stops the build; the live site
 * is unchanged.
 */
export const exportAndBuildSite = (payload: Payload, options: { full?: boolean; astroEnv?: Record<string, string> } = {}): Promise<BuildResult> =>
  buildSite({ ...options, snapshotWritten: writeSnapshot(payload) })

const removeQuietly = (file: string) => {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // Nothing to remove: the folder it would be in is what failed.
  }
}

/** Marks a replaced site's folder, `<SITE_OUT>.retired-<pid>-<time>`, until it is deleted. */
const RETIRED = '.retired-'

/**
 * Deletes replaced sites in the background: tens of thousands of files take many seconds, and
 * the rebuild job (and the next publish after it) need not wait for them, nor the admin server's
 * event loop. Folders a stopped process left behind are swept up by the next build.
 */
const removeRetiredSites = (live: string) => {
  const parent = path.dirname(live)
  const prefix = `${path.basename(live)}${RETIRED}`
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(prefix)) void fs.promises.rm(path.join(parent, name), { recursive: true, force: true }).catch(() => {})
  }
}

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
/** `astroEnv` adds to the Astro process's environment: the bench passes its memory probe in NODE_OPTIONS. */
export const buildSite = async (options: { full?: boolean; snapshotWritten?: Promise<void>; astroEnv?: Record<string, string> } = {}): Promise<BuildResult> => {
  const live = distDir()
  const next = `${live}.next`
  fs.rmSync(next, { recursive: true, force: true })
  const incremental = !options.full && fs.existsSync(live) && fs.existsSync(liveSnapshotFile()) && lastFullBuildAge() < FULL_BUILD_AT_LEAST_EVERY_MS
  const engine = await searchEngineForBuild()
  // The search index needs only the snapshot: it is built here while Astro renders in its own process.
  const searchDir = `${live}.search`
  fs.rmSync(searchDir, { recursive: true, force: true })
  let started = performance.now()
  // While the snapshot is being exported, Astro is given a file of its own that appears, whole,
  // only once the export is done: the snapshot file itself still holds the previous export.
  const pending = options.snapshotWritten ? `${snapshotFile()}.pending-${process.pid}-${Date.now()}` : snapshotFile()
  const stopAstro = new AbortController()
  let exportSeconds = 0
  const snapshotReady = (options.snapshotWritten ?? Promise.resolve()).then(() => {
    exportSeconds = since(started)
    if (pending === snapshotFile()) return
    fs.copyFileSync(snapshotFile(), `${pending}.tmp`)
    fs.renameSync(`${pending}.tmp`, pending)
  })
  snapshotReady.catch(() => stopAstro.abort())
  const searching =
    engine.engine === 'static'
      ? snapshotReady.then(() => {
          const indexStarted = performance.now()
          return buildStaticSearch(snapshotFile(), searchDir, incremental ? live : undefined).then((report) => ({ report, seconds: since(indexStarted) }))
        })
      : null
  // Awaited below after the snapshot; if the export fails, that failure is the one reported.
  searching?.catch(() => {})
  const astroOptions = { snapshotPending: pending !== snapshotFile(), signal: stopAstro.signal, env: options.astroEnv }
  const building = incremental
    ? runAstroBuild(pending, next, engine, { snapshot: liveSnapshotFile(), out: live }, astroOptions)
    : runSplitAstroBuild(pending, next, engine, astroOptions)
  let built: Awaited<typeof building>
  let indexed: Awaited<typeof searching>
  try {
    await snapshotReady
    indexed = await searching
  } finally {
    built = await building
    // Never in the way of the error that ended the build (the snapshot's folder may be what failed).
    if (pending !== snapshotFile()) removeQuietly(pending)
  }
  const { code, peakMB: astroPeakMB } = built
  if (code !== 0) throw new Error(`Building the public site failed (astro build exited with ${code}). The live site is unchanged.`)
  const astro = since(started)
  if (indexed) fs.renameSync(path.join(searchDir, STATIC_INDEX_DIR), path.join(next, STATIC_INDEX_DIR))
  fs.rmSync(searchDir, { recursive: true, force: true })
  const pages = htmlPages(next)
  started = performance.now()
  const media = placeMedia(next)
  const mediaSeconds = since(started)
  started = performance.now()
  const retired = `${live}${RETIRED}${process.pid}-${Date.now()}`
  if (fs.existsSync(live)) fs.renameSync(live, retired)
  fs.renameSync(next, live)
  const swap = since(started)
  // The snapshot is recorded only once its site is live; a failed build leaves the old pair.
  fs.copyFileSync(snapshotFile(), `${liveSnapshotFile()}.next`)
  fs.renameSync(`${liveSnapshotFile()}.next`, liveSnapshotFile())
  if (!incremental) fs.writeFileSync(fullBuildMark(), new Date().toISOString())
  removeRetiredSites(live)
  // Never in the way of the build that just went live: a failure here is retried after the next one.
  removeAbandonedScratch(fromRoot(BUILD_WORK_DIRS), snapshotFile()).catch(() => {})
  return {
    pages,
    media,
    search: indexed?.report ?? null,
    incremental,
    seconds: { export: exportSeconds, astro, media: mediaSeconds, searchIndex: indexed?.seconds ?? 0, swap },
    peakMemory: { astroMB: astroPeakMB, publisherMB: Math.round(process.resourceUsage().maxRSS / 1024) },
  }
}
