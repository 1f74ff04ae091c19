import fs from 'node:fs'
import path from 'node:path'

import { settings } from '../../cms/settings'
import { oncePerBuild } from './oncePerBuild'
import { affectedRoutes } from './routeDependencies'
import { type SiteSnapshot, snapshot } from './snapshot'

/**
 * Which dynamic routes this build renders. A full build renders all of them. An incremental one
 * (SITE_PREVIOUS_SNAPSHOT names the snapshot the live site was built from) renders only those
 * its change affects (site/lib/routeDependencies.ts); the rest are linked in from the live site
 * when the build is done (site/integrations/everyPageWritten.ts).
 */
export type BuildScope = { kind: 'full' } | { kind: 'incremental'; paths: Set<string>; previousOut: string }

let cached: BuildScope | undefined

export const buildScope = (): BuildScope => (cached ??= oncePerBuild('buildScope', scopeOfThisBuild))

const scopeOfThisBuild = (): BuildScope => {
  const { SITE_PREVIOUS_SNAPSHOT: previous, SITE_PREVIOUS_OUT: previousOut } = settings()
  if (!previous || !previousOut) return { kind: 'full' }
  const before = JSON.parse(fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), previous), 'utf8')) as SiteSnapshot
  const affected = affectedRoutes(before, snapshot())
  return affected.everything ? { kind: 'full' } : { kind: 'incremental', paths: affected.paths, previousOut: path.resolve(process.cwd(), previousOut) }
}

/** FNV-1a: a fixed, cheap hash, so every process splits the routes the same way. */
const hashOf = (text: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * Whether this process renders a page: a full build may be split across processes
 * (SITE_ROUTE_SHARD "i/n", see cms/export/publishSite.ts), each rendering the routes whose path
 * hashes to its share. Pages without `getStaticPaths` are rendered by every share.
 */
export const inThisShare = (pagePath: string): boolean => {
  const share = settings().SITE_ROUTE_SHARD
  if (!share) return true
  const [index, count] = share.split('/').map(Number) as [number, number]
  return hashOf(pagePath) % count === index
}

/** Keeps the `getStaticPaths` entries this build renders; `pathOf` gives an entry's public path. */
export const onlyAffected = <T>(entries: T[], pathOf: (entry: T) => string): T[] => {
  const scope = buildScope()
  return scope.kind === 'full' ? entries.filter((entry) => inThisShare(pathOf(entry))) : entries.filter((entry) => scope.paths.has(pathOf(entry)))
}
