import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { meiliConfig } from '../../search/meilisearch/config'
import { QUEUES } from '../shared/queues'

/** What these hooks read of a saved document, which Payload types as `any`. */
type Saved = { id: number | string; _status?: 'draft' | 'published' | null }

/**
 * Only Meilisearch needs telling about a change: the static index is rebuilt with the site.
 * Set `context: { searchSync: false }` on bulk writes (seeding) that reindex once at the end.
 */
const wanted = (req: PayloadRequest, context: Record<string, unknown>) =>
  context.searchSync !== false && meiliConfig() !== null && Boolean(req.payload.config.jobs.tasks?.some((task) => task.slug === 'syncSearch'))

/**
 * Queues the sync and returns: the editor's save never waits on Meilisearch, and never fails
 * because it is down. The job itself reads the document's public state when it runs.
 */
const queue = (req: PayloadRequest, collection: string, id: unknown) =>
  req.payload.jobs.queue({ task: 'syncSearch', input: { collection, id: String(id) }, queue: QUEUES.search, req })

export const queueSearchSyncOnChange: CollectionAfterChangeHook<Saved> = async ({ doc, previousDoc, req, context, collection }) => {
  const shownNow = doc._status === undefined || doc._status === 'published'
  const shownBefore = previousDoc?._status === 'published'
  if (wanted(req, context) && (shownNow || shownBefore)) await queue(req, collection.slug, doc.id)
  return doc
}

export const queueSearchSyncOnDelete: CollectionAfterDeleteHook = async ({ id, req, context, collection }) => {
  if (wanted(req, context)) await queue(req, collection.slug, id)
}
