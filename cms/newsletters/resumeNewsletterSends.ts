import type { Payload } from 'payload'
import { QUEUES } from '../shared/queues'
import { settings } from '../settings'

/**
 * A live sender beats every 5 seconds (sendNewsletter's heartbeat); silent this long
 * (NEWSLETTER_SENDER_TIMEOUT_SECONDS, 15 minutes), it is taken to have died.
 */
export const sendStaleAfterMs = (): number => settings().NEWSLETTER_SENDER_TIMEOUT_SECONDS * 1000

/**
 * A sender killed mid-send leaves its job marked as processing, which would block its newsletter
 * forever (one sender per newsletter). Hands such jobs back to the queue once their newsletter has
 * shown no progress for `staleAfterMs`; the resumed send then finishes the claimed deliveries.
 */
export const releaseInterruptedNewsletterSends = async (payload: Payload, staleAfterMs: number = sendStaleAfterMs()): Promise<number> => {
  const stuck = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    pagination: false,
    limit: 0,
    where: { and: [{ queue: { equals: QUEUES.newsletters } }, { processing: { equals: true } }] },
  })
  let released = 0
  for (const job of stuck.docs) {
    const newsletterId = (job.input as { newsletter?: string } | null)?.newsletter
    const newsletter = newsletterId
      ? await payload.findByID({ collection: 'newsletters', id: newsletterId, depth: 0, select: { sendProgressAt: true }, disableErrors: true })
      : null
    const lastSign = Math.max(new Date(job.updatedAt).getTime(), newsletter?.sendProgressAt ? new Date(newsletter.sendProgressAt).getTime() : 0)
    if (Date.now() - lastSign < staleAfterMs) continue
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: false }, depth: 0 })
    released += 1
  }
  return released
}
