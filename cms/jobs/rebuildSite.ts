import type { TaskConfig } from 'payload'

import { exportAndBuildSite } from '../export/publishSite'
import { recordSiteBuildFailure, recordSiteBuildSuccess } from './recordSiteBuild'

/**
 * Exports the snapshot and rebuilds the static site: only the routes the change affects, or
 * every page when `full` is set (the hourly run) or there is no live site to build on (see
 * buildSite). Only one runs at a time, and queuing a new one replaces any still waiting
 * (`supersedes`): the latest content is all that matters, since an incremental build renders
 * everything that changed since the live site's snapshot, however many edits that spans.
 */
export const rebuildSite: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  retries: 3,
  concurrency: { key: () => 'public-site', exclusive: true, supersedes: true },
  inputSchema: [{ name: 'full', type: 'checkbox' }],
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  // Every outcome is recorded in the `site-build` global the admin shows, then a failure is
  // still thrown so the job is retried.
  handler: async ({ input, job, req }) => {
    try {
      const { pages, incremental, seconds } = await exportAndBuildSite(req.payload, { full: input.full === true })
      await recordSiteBuildSuccess(req.payload, pages)
      // Where a publish's time went, for an operator wondering why one was slow.
      const breakdown = `export ${seconds.export.toFixed(1)} s, Astro ${seconds.astro.toFixed(1)} s from the start (search index ${seconds.searchIndex.toFixed(1)} s alongside), media ${seconds.media.toFixed(1)} s, swap ${seconds.swap.toFixed(2)} s`
      req.payload.logger.info(`Rebuilt the public site (job ${job.id}): ${pages} pages, ${incremental ? 'incremental' : 'full'}; ${breakdown}.`)
      return { output: { pages } }
    } catch (error) {
      await recordSiteBuildFailure(req.payload, error)
      throw error
    }
  },
}
