import fs from 'node:fs'
import path from 'node:path'

import type { SiteSnapshot } from '../../cms/export/snapshot'
import { settings } from '../../cms/settings'
import { oncePerBuild } from './oncePerBuild'

export type { SiteSnapshot }
export { type ID, byId, sameId } from './ids'

let cached: SiteSnapshot | undefined

/** The published content, as exported by `cms/export/`; read once per build. */
export const snapshot = (): SiteSnapshot =>
  (cached ??= oncePerBuild(
    'snapshot',
    () => JSON.parse(fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), settings().SITE_SNAPSHOT), 'utf8')) as SiteSnapshot,
  ))
