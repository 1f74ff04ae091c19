import fs from 'node:fs'
import path from 'node:path'

import type { SiteSnapshot } from '../../cms/export/snapshot'
import { settings } from '../../cms/settings'
import { oncePerBuild } from './oncePerBuild'

export type { SiteSnapshot }
export { type ID, byId, sameId } from './ids'

let cached: SiteSnapshot | undefined

/** How long a build started before its snapshot waits for it (the export takes seconds; this is for one that hangs). */
const PENDING_SNAPSHOT_WAIT_MS = 10 * 60 * 1000

/**
 * With SITE_SNAPSHOT_PENDING the publisher started this build while it was still exporting
 * (cms/export/publishSite.ts): the snapshot file appears, whole, when the export is done, and
 * the pages wait for it. The build has nothing else to do meanwhile, so the wait blocks.
 */
const waitForPendingSnapshot = (file: string) => {
  const deadline = Date.now() + PENDING_SNAPSHOT_WAIT_MS
  const pause = new Int32Array(new SharedArrayBuffer(4))
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`The site build waited ${PENDING_SNAPSHOT_WAIT_MS / 60_000} minutes for the snapshot ${file}, which never came.`)
    Atomics.wait(pause, 0, 0, 20)
  }
}

const readSnapshot = (): SiteSnapshot => {
  const { SITE_SNAPSHOT, SITE_SNAPSHOT_PENDING } = settings()
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), SITE_SNAPSHOT)
  if (SITE_SNAPSHOT_PENDING === 'true') waitForPendingSnapshot(file)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SiteSnapshot
}

/** The published content, as exported by `cms/export/`; read once per build. */
export const snapshot = (): SiteSnapshot => (cached ??= oncePerBuild('snapshot', readSnapshot))
