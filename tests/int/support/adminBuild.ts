import fs from 'node:fs'
import path from 'node:path'

import { adminBuildIsStale, buildAdmin } from '../../../cms/cli/admin'

// Outside cms/, whose newest file decides whether the build is stale.
const lock = path.resolve('node_modules/.cache/folkmoot-admin-build.lock')
/** A lock older than any build here was left by a killed run. */
const STALE_LOCK_MS = 20 * 60 * 1000

/**
 * Builds the production admin when its sources changed, once: the SQLite and MongoDB passes run
 * side by side, and two `next build`s in one folder break each other. Whoever takes the lock
 * builds; the others wait for it, then find the build fresh.
 */
export const ensureAdminBuild = async (): Promise<void> => {
  for (;;) {
    if (!adminBuildIsStale()) return
    let handle: number
    try {
      fs.mkdirSync(path.dirname(lock), { recursive: true })
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) fs.rmSync(lock, { force: true })
      handle = fs.openSync(lock, 'wx')
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 2000))
      continue
    }
    try {
      if (adminBuildIsStale()) await buildAdmin()
      return
    } finally {
      fs.closeSync(handle)
      fs.rmSync(lock, { force: true })
    }
  }
}
