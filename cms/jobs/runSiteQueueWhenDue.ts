import type { Payload } from 'payload'

import { QUEUES } from '../shared/queues'

type QueueCron = Payload['crons'][number]

/** How often a due rebuild checks whether the site queue's runner is still busy with the one before. */
const BUSY_CHECK_MS = 50
/** Payload runs jobs whose `waitUntil` is strictly before now: the kick comes just after. */
const AFTER_DUE_MS = 10

/**
 * The cron that works the site queue in this process (the autoRun entry for it in
 * cms/payload.config.ts), or none when this process does not run jobs: Payload starts one cron
 * per autoRun entry, in their order, only when it is booted with `cron`.
 */
export const siteQueueCron = (payload: Payload): QueueCron | undefined => {
  const autoRun = payload.config.jobs.autoRun
  if (!Array.isArray(autoRun) || payload.crons.length !== autoRun.length) return undefined
  const index = autoRun.findIndex((entry) => entry.queue === QUEUES.site)
  return index < 0 ? undefined : payload.crons[index]
}

const kicks = new WeakMap<Payload, NodeJS.Timeout>()

/**
 * Runs the site queue as soon as a rebuild queued for `due` may start, instead of at the cron's
 * next poll (on average half a second later, and a whole one after a build that ran past a
 * tick). It fires the queue's own cron rather than running the queue beside it: the cron never
 * overlaps itself (`protect`), so the two cannot both claim one job, which SQLite's find-then-mark
 * claim would allow, nor start two builds at once. While the cron is busy (a build, or a poll),
 * the kick waits for it to finish. Only the latest kick is kept: a newer rebuild replaces the
 * waiting one (`supersedes` in rebuildSite). Across instances on MongoDB, claimEachJobOnce keeps
 * each job to one of them. Where this process does not run jobs, nothing happens; the cron stays
 * the fallback for a kick that finds nothing (a rebuild not yet committed).
 */
export const runSiteQueueWhenDue = (payload: Payload, due: Date): void => {
  if (!siteQueueCron(payload)) return
  clearTimeout(kicks.get(payload))
  const kick = () => {
    const cron = siteQueueCron(payload)
    if (!cron || cron.isStopped()) {
      kicks.delete(payload)
      return
    }
    if (cron.isBusy()) {
      kicks.set(payload, setTimeout(kick, BUSY_CHECK_MS).unref())
      return
    }
    kicks.delete(payload)
    // Errors are the cron's to report: it was made with a `catch` that logs them.
    void cron.trigger()
  }
  kicks.set(payload, setTimeout(kick, Math.max(0, due.getTime() - Date.now()) + AFTER_DUE_MS).unref())
}
