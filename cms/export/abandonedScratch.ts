import fs from 'node:fs'
import path from 'node:path'

/** No build or export runs this long (a full build at scale takes seconds), so scratch this old was left by a killed one. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000

/**
 * Deletes, in the background, what killed builds and exports leave behind: Astro's scratch
 * folders (`run-*` under `workDirs`) and half-published snapshots (`<snapshot>.pending-*`).
 * Each build removes its own when it ends; only those older than ABANDONED_AFTER_MS go here,
 * so a build running alongside keeps its own.
 */
export const removeAbandonedScratch = async (workDirs: string, snapshot: string, now = Date.now()): Promise<void> => {
  const oldEntries = (dir: string, prefix: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((name) => name.startsWith(prefix))
          .map((name) => path.join(dir, name))
          .filter((file) => now - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now) > ABANDONED_AFTER_MS)
      : []
  const abandoned = [...oldEntries(workDirs, 'run-'), ...oldEntries(path.dirname(snapshot), `${path.basename(snapshot)}.pending-`)]
  await Promise.all(abandoned.map((entry) => fs.promises.rm(entry, { recursive: true, force: true })))
}
