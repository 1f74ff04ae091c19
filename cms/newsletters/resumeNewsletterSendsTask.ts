import type { TaskConfig } from 'payload'

import { releaseInterruptedNewsletterSends } from './resumeNewsletterSends'
import { QUEUES } from '../shared/queues'
import { settings } from '../settings'

/**
 * How often to look for a send whose process died: every minute, or a third of
 * NEWSLETTER_SENDER_TIMEOUT_SECONDS when that is shorter, so a short timeout is not followed by
 * most of a minute's wait. Always a divisor of 60, which a cron's seconds field spaces evenly.
 */
export const resumeCheckCron = (timeoutSeconds: number): string => {
  const every = [60, 30, 20, 15, 12, 10, 6, 5, 4, 3, 2, 1].find((seconds) => seconds <= timeoutSeconds / 3) ?? 1
  return every === 60 ? '0 * * * * *' : `*/${every} * * * * *`
}

/** On the admin server: a send whose process died is handed back to the queue once it has been silent long enough. */
export const resumeNewsletterSends: TaskConfig<'resumeNewsletterSends'> = {
  slug: 'resumeNewsletterSends',
  schedule: [{ cron: resumeCheckCron(settings().NEWSLETTER_SENDER_TIMEOUT_SECONDS), queue: QUEUES.newsletters }],
  outputSchema: [{ name: 'released', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { released: await releaseInterruptedNewsletterSends(req.payload) } }),
}
