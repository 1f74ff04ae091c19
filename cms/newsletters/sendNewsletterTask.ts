import type { TaskConfig } from 'payload'

import { sendNewsletter as send } from './sendNewsletter'
import { QUEUES } from '../shared/queues'

/**
 * Sends one newsletter in batches. One sender per newsletter at a time (exclusive key); when
 * temporary failures are waiting for their retry time, it queues itself again for that moment.
 */
export const sendNewsletter: TaskConfig<'sendNewsletter'> = {
  slug: 'sendNewsletter',
  retries: 5,
  inputSchema: [{ name: 'newsletter', type: 'text', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'retrying', type: 'number', required: true },
  ],
  concurrency: { key: ({ input }) => `newsletter-${input.newsletter}`, exclusive: true },
  handler: async ({ input, req }) => {
    const result = await send(req.payload, input.newsletter, (progress) =>
      req.payload.logger.info(
        `Newsletter ${input.newsletter}: ${progress.sent} sent, ${progress.failed} failed, ${progress.retrying} to retry, of ${progress.total}`,
      ),
    )
    if (result.retryAt) await req.payload.jobs.queue({ task: 'sendNewsletter', input, queue: QUEUES.newsletters, waitUntil: result.retryAt, req })
    return { output: { sent: result.sent, failed: result.failed, retrying: result.retrying } }
  },
}
