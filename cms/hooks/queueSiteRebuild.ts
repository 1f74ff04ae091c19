import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { runSiteQueueWhenDue } from '../jobs/runSiteQueueWhenDue'
import { QUEUES } from '../shared/queues'

/**
 * Seconds to wait after a change before its rebuild may start: enough for the saves of one
 * editor action (a document and the hooks it sets off) to become one rebuild. Longer bursts
 * still coalesce: one rebuild runs at a time, the newest waiting one replaces the others, and
 * it renders everything that changed since the live site was built.
 */
export const REBUILD_DELAY_SECONDS = 1

/** What these hooks read of a saved document, which Payload types as `any`. */
type Saved = { id: number | string; _status?: 'draft' | 'published' | null }

/** Set `context: { siteRebuild: false }` on bulk writes (seeding) that queue one rebuild at the end themselves. */
const wanted = (req: PayloadRequest, context: Record<string, unknown>) => context.siteRebuild !== false && Boolean(req.payload.config.jobs.tasks?.length)

/** Queues the rebuild, and runs it in this process once it is due rather than at the queue's next poll. */
const queue = async (req: PayloadRequest) => {
  const waitUntil = new Date(Date.now() + REBUILD_DELAY_SECONDS * 1000)
  await req.payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: QUEUES.site, waitUntil, req })
  runSiteQueueWhenDue(req.payload, waitUntil)
}

/**
 * The public site shows published content only, so a change matters when the document is
 * published now or was before: publishing, editing, unpublishing. Drafts of unpublished
 * documents change nothing public.
 */
export const queueSiteRebuildOnChange: CollectionAfterChangeHook<Saved> = async ({ doc, previousDoc, req, context }) => {
  // Collections without drafts have no _status: everything in them is public.
  const shownNow = doc._status === undefined || doc._status === 'published'
  const shownBefore = previousDoc?._status === 'published'
  if (wanted(req, context) && (shownNow || shownBefore)) await queue(req)
  return doc
}

export const queueSiteRebuildOnDelete: CollectionAfterDeleteHook = async ({ req, context }) => {
  if (wanted(req, context)) await queue(req)
}
