import fs from 'node:fs'
import path from 'node:path'

import type { SiteSnapshot } from '../../cms/export/snapshot'

export type { SiteSnapshot }
export type ID = number | string

let cached: SiteSnapshot | undefined

/** The published content, as exported by `cms/export/`; read once per build. */
export const snapshot = (): SiteSnapshot => {
  cached ??= JSON.parse(fs.readFileSync(path.resolve(process.cwd(), process.env.SITE_SNAPSHOT ?? 'data/site-snapshot.json'), 'utf8')) as SiteSnapshot
  return cached
}

/** Relationship values are ids at depth 0; compare them as text so SQLite and MongoDB agree. */
export const sameId = (a: unknown, b: unknown): boolean => a !== null && a !== undefined && String(a) === String(b)

export const byId = <T extends { id: ID }>(items: readonly T[], id: unknown): T | undefined => items.find((item) => sameId(item.id, id))
