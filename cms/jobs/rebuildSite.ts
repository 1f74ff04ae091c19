import type { TaskConfig } from 'payload'

import { buildSite, writeSnapshot } from '../export/publishSite'
import { recordSiteBuildFailure, recordSiteBuildSuccess } from './recordSiteBuild'

/**
 * Exports the snapshot and rebuilds the static site. Only one runs at a time, and queuing a
 * new one replaces any still waiting (`supersedes`): the latest content is all that matters.
 */
export const rebuildSite: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  retries: 3,
  concurrency: { key: () => 'public-site', exclusive: true, supersedes: true },
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  // Every outcome is recorded in the `site-build` global the admin shows, then a failure is
  // still thrown so the job is retried.
  handler: async ({ job, req }) => {
    try {
      await writeSnapshot(req.payload)
      const { pages } = await buildSite()
      await recordSiteBuildSuccess(req.payload, pages)
      req.payload.logger.info(`Rebuilt the public site (job ${job.id}): ${pages} pages.`)
      return { output: { pages } }
    } catch (error) {
      await recordSiteBuildFailure(req.payload, error)
      throw error
    }
  },
}
