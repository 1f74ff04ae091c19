import type { TaskConfig } from 'payload'

import { releaseInterruptedNewsletterSends } from './resumeNewsletterSends'
import { QUEUES } from '../shared/queues'

/** Every minute on the admin server: a send whose process died is handed back to the queue once it has been silent long enough. */
export const resumeNewsletterSends: TaskConfig<'resumeNewsletterSends'> = {
  slug: 'resumeNewsletterSends',
  schedule: [{ cron: '0 * * * * *', queue: QUEUES.newsletters }],
  outputSchema: [{ name: 'released', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { released: await releaseInterruptedNewsletterSends(req.payload) } }),
}
