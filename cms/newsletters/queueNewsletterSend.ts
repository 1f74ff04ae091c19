import type { CollectionAfterChangeHook } from 'payload'

import type { Newsletter } from '../payload-types'
import { QUEUES } from '../shared/queues'

/** Scheduling a newsletter (for later, or for now) queues its send for that moment. */
export const queueNewsletterSendWhenScheduled: CollectionAfterChangeHook<Newsletter> = async ({ doc, previousDoc, req }) => {
  const scheduledNow = doc.status === 'scheduled' && (previousDoc?.status !== 'scheduled' || previousDoc?.scheduledFor !== doc.scheduledFor)
  if (!scheduledNow) return doc
  const waitUntil = doc.scheduledFor ? new Date(doc.scheduledFor) : new Date()
  await req.payload.jobs.queue({ task: 'sendNewsletter', input: { newsletter: String(doc.id) }, queue: QUEUES.newsletters, waitUntil, req })
  return doc
}
