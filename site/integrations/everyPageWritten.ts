import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { AstroIntegration } from 'astro'

import { settings } from '../../cms/settings'
import { STATIC_INDEX_DIR } from '../../search/static/paths'
import { everyPagePath } from '../lib/everyPage'
import { buildScope, inThisShare } from '../lib/routeFilter'
import { snapshot } from '../lib/snapshot'

const fileOf = (dir: string, pagePath: string): string => path.join(dir, pagePath.endsWith('/') ? `${pagePath}index.html` : `${pagePath}.html`)

/** Folders the publish step writes afresh into every build (cms/export/publishSite.ts), never linked from the live site. */
const WRITTEN_AFTER_ASTRO = new Set([STATIC_INDEX_DIR, 'media'])

/** Each folder of the live site, relative to its root, with the files in it. */
type Folders = Array<[string, string[]]>

/**
 * Starts making the live site's folders in the new output folder on a thread of its own (see
 * premakeFolders.worker.mjs), for an incremental build to link its unchanged files into.
 */
const premakeFolders = (live: string, out: string): Promise<Folders> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./premakeFolders.worker.mjs', import.meta.url), {
      workerData: { live, out, skipTop: [...WRITTEN_AFTER_ASTRO] },
    })
    worker.once('message', (folders: Folders) => resolve(folders))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`Making the site's folders stopped (exit code ${code}) before it was done.`)))
  })

/**
 * Completes an incremental build from the live site: every file this build did not write is
 * hard-linked from the live folder, except the files of the affected routes (each route's own
 * folder level: its page and downloads), which are now either freshly written or gone. The
 * folders were made beforehand; those of affected routes left with nothing in them are removed.
 */
const linkUnchangedFrom = (live: string, out: string, folders: Folders, affected: ReadonlySet<string>) => {
  const affectedFolders = new Set([...affected].filter((route) => route.endsWith('/')).map((route) => path.resolve(path.join(live, route))))
  for (const [relative, files] of folders) {
    if (affectedFolders.has(path.resolve(live, relative))) continue
    for (const name of files) linkUnlessWritten(path.join(live, relative, name), path.join(out, relative, name))
  }
  removeEmptyFolders(
    out,
    folders.map(([relative]) => relative).filter((relative) => affectedFolders.has(path.resolve(live, relative))),
  )
}

/** Removes those of `folders` (relative to `out`) that are empty, the deepest first, so a parent emptied by its children goes too. */
const removeEmptyFolders = (out: string, folders: string[]) => {
  for (const relative of [...folders].sort((a, b) => b.length - a.length)) {
    if (relative === '') continue
    try {
      fs.rmdirSync(path.join(out, relative))
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
    }
  }
}

/** Hard-links a kept file, unless this build wrote one there (the link then finds it: EEXIST). */
const linkUnlessWritten = (source: string, target: string) => {
  try {
    fs.linkSync(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

/**
 * Fails the build when it did not write a page the content needs (a route that threw, a slug
 * the pages missed): the CMS then keeps the live site, so visitors never get a short one. An
 * incremental build is first completed from the live site, then checked the same way.
 */
export const everyPageWritten = (): AstroIntegration => {
  let outDir = ''
  let premade: Promise<Folders> | undefined
  return {
    name: 'folkmoot:every-page-written',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
      },
      // An incremental build has a live site to build on: its folders are made while Astro bundles.
      'astro:build:start': () => {
        const previousOut = settings().SITE_PREVIOUS_OUT
        if (previousOut) premade = premakeFolders(path.resolve(process.cwd(), previousOut), outDir)
        premade?.catch(() => {})
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir)
        const scope = buildScope()
        const folders = await premade
        if (scope.kind === 'incremental') linkUnchangedFrom(scope.previousOut, out, folders ?? [], scope.paths)
        // Everything changed after all: whatever of the live site's folders is left empty goes.
        else if (folders)
          removeEmptyFolders(
            out,
            folders.map(([relative]) => relative),
          )
        // A build split across processes checks its own share: together they check every page.
        const missing = everyPagePath(snapshot()).filter((pagePath) => inThisShare(pagePath) && !fs.existsSync(fileOf(out, pagePath)))
        if (missing.length > 0) {
          throw new Error(
            `The site build wrote no page for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which the content needs.`,
          )
        }
      },
    },
  }
}

/**
 * The sitemap lists exactly the pages the content implies, whether this build rendered them or
 * an incremental build kept them from the live site. Read when the sitemap is written (at the
 * end of the build), not when the config loads, since the snapshot may not exist yet then.
 */
export const sitemapPages = (site: string) => ({
  get customPages() {
    return everyPagePath(snapshot())
      .filter(isForSearchEngines)
      .map((pagePath) => new URL(pagePath, site).href)
  },
  filter: (url: string) => isForSearchEngines(new URL(url).pathname),
})

/** Pages, not files; and not the pages that answer one person's action (a thank-you, "check your mail"). */
const isForSearchEngines = (pagePath: string): boolean => pagePath.endsWith('/') && !/\/(thank-you|check-your-mail)\/$/.test(pagePath)
