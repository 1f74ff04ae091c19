import type { TaskConfig } from 'payload'

import { buildSite, writeSnapshot } from '../export/publishSite'

/**
 * Exports the snapshot and rebuilds the static site. Only one runs at a time, and queuing a
 * new one replaces any still waiting (`supersedes`): the latest content is all that matters.
 */
export const rebuildSite: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  retries: 3,
  concurrency: { key: () => 'public-site', exclusive: true, supersedes: true },
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  handler: async ({ req }) => {
    await writeSnapshot(req.payload)
    const { pages } = await buildSite()
    return { output: { pages } }
  },
}
