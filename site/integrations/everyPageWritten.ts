import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { STATIC_INDEX_DIR } from '../../search/static/paths'
import { everyPagePath } from '../lib/everyPage'
import { buildScope, inThisShare } from '../lib/routeFilter'
import { snapshot } from '../lib/snapshot'

const fileOf = (dir: string, pagePath: string): string => path.join(dir, pagePath.endsWith('/') ? `${pagePath}index.html` : `${pagePath}.html`)

/** Folders the publish step writes afresh into every build (cms/export/publishSite.ts), never linked from the live site. */
const WRITTEN_AFTER_ASTRO = new Set([STATIC_INDEX_DIR, 'media'])

/**
 * Completes an incremental build from the live site: every file this build did not write is
 * hard-linked from the live folder, except the files of the affected routes (each route's own
 * folder level: its page and downloads), which are now either freshly written or gone.
 */
const linkUnchangedFrom = (live: string, out: string, affected: ReadonlySet<string>) => {
  const affectedFolders = new Set([...affected].filter((route) => route.endsWith('/')).map((route) => path.resolve(path.join(live, route))))
  // Tens of thousands of files at scale: one readdir and at most one mkdir per folder, one link per file.
  const walk = (from: string, to: string, top: boolean) => {
    const keep = !affectedFolders.has(from)
    let made = false
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name)
      const target = path.join(to, entry.name)
      if (entry.isDirectory()) {
        if (!(top && WRITTEN_AFTER_ASTRO.has(entry.name))) walk(source, target, false)
      } else if (keep) {
        if (!made) {
          fs.mkdirSync(to, { recursive: true })
          made = true
        }
        linkUnlessWritten(source, target)
      }
    }
  }
  walk(live, out, true)
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
export const everyPageWritten = (): AstroIntegration => ({
  name: 'folkmoot:every-page-written',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir)
      const scope = buildScope()
      if (scope.kind === 'incremental') linkUnchangedFrom(scope.previousOut, out, scope.paths)
      // A build split across processes checks its own share: together they check every page.
      const missing = everyPagePath(snapshot()).filter((pagePath) => inThisShare(pagePath) && !fs.existsSync(fileOf(out, pagePath)))
      if (missing.length > 0) {
        throw new Error(
          `The site build wrote no page for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which the content needs.`,
        )
      }
    },
  },
})

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
