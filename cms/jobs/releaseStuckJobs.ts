import type { Payload, TaskConfig } from 'payload'

import { QUEUES } from '../shared/queues'

/**
 * A site rebuild at scale takes seconds and a search sync less; one still marked as processing
 * after this long had its process killed (a restart, a crash, the machine running out of memory).
 */
export const STUCK_AFTER_MS = 30 * 60 * 1000

/** Rebuilds and search syncs are safe to run again: each writes the latest content, whatever ran before. */
const RERUNNABLE_QUEUES = [QUEUES.site, QUEUES.search]

/**
 * Payload marks a job as processing while it runs and nothing clears the mark if its process
 * dies, so an exclusive job (one rebuild of the public site at a time, one sync per document)
 * would block every later one for good: no publish would reach the site again. Hands such jobs
 * back to their queue, to run again. Newsletter sends have their own check (resumeNewsletterSends).
 */
export const releaseStuckJobs = async (payload: Payload, stuckAfterMs: number = STUCK_AFTER_MS): Promise<number> => {
  const lastSignBefore = new Date(Date.now() - stuckAfterMs).toISOString()
  const stuck = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    pagination: false,
    limit: 0,
    select: { queue: true },
    where: { and: [{ queue: { in: RERUNNABLE_QUEUES } }, { processing: { equals: true } }, { updatedAt: { less_than_equal: lastSignBefore } }] },
  })
  for (const job of stuck.docs) await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: false }, depth: 0 })
  if (stuck.docs.length > 0) payload.logger.warn(`Handed ${stuck.docs.length} site or search job(s) stuck as processing back to their queue.`)
  return stuck.docs.length
}

/** On the admin server, every minute: a rebuild whose process died runs again within half an hour. */
export const releaseStuckJobsTask: TaskConfig<'releaseStuckJobs'> = {
  slug: 'releaseStuckJobs',
  schedule: [{ cron: '30 * * * * *', queue: QUEUES.site }],
  outputSchema: [{ name: 'released', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { released: await releaseStuckJobs(req.payload) } }),
}
