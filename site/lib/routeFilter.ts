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

/** Keeps the `getStaticPaths` entries this build renders; `pathOf` gives an entry's public path. */
export const onlyAffected = <T>(entries: T[], pathOf: (entry: T) => string): T[] => {
  const scope = buildScope()
  return scope.kind === 'full' ? entries : entries.filter((entry) => scope.paths.has(pathOf(entry)))
}
