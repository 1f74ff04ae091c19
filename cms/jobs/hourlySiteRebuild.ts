import type { TaskConfig } from 'payload'
import { QUEUES } from '../shared/queues'

/**
 * Consultations open and close by the clock, and the static pages show their phase, so the
 * site is rebuilt in full every hour too. This small task only queues a rebuild due now: scheduling
 * `rebuildSite` itself would queue one due at the next hour, which would replace (supersede)
 * a rebuild an editor's change had just queued.
 */
export const hourlySiteRebuild: TaskConfig<'hourlySiteRebuild'> = {
  slug: 'hourlySiteRebuild',
  schedule: [{ cron: '0 0 * * * *', queue: QUEUES.site }],
  handler: async ({ req }) => {
    await req.payload.jobs.queue({ task: 'rebuildSite', input: { full: true }, queue: QUEUES.site, req })
    return { output: {} }
  },
}
