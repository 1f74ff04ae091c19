import type { TaskConfig } from 'payload'

import { meiliAdapter } from '../../search/meilisearch/adapter'
import { meiliConfig } from '../../search/meilisearch/config'
import { SEARCHED_COLLECTIONS, type SearchedCollection, documentsFor } from '../../search/publicSource'

/**
 * Brings the Meilisearch index up to date with one changed document (and, for a place,
 * everything it owns). It reads the document's current public state rather than trusting
 * the change that queued it, so it is idempotent: running it twice, late or out of order
 * gives the same index. A newer job for the same document replaces one still waiting
 * (`supersedes`); failures retry with growing waits, so an outage is caught up afterwards.
 * Without MEILI_URL there is nothing to sync: the static index is rebuilt with the site.
 */
export const syncSearch: TaskConfig<'syncSearch'> = {
  slug: 'syncSearch',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'added', type: 'number', required: true },
    { name: 'removed', type: 'number', required: true },
  ],
  // About three hours of retries in all (5 s doubling, 12 attempts); after a longer outage, `npm run reindex`.
  retries: { attempts: 12, backoff: { type: 'exponential', delay: 5_000 } },
  concurrency: { key: ({ input }) => `search:${input.collection}:${input.id}`, exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const config = meiliConfig()
    if (!config) return { output: { added: 0, removed: 0 } }
    if (!SEARCHED_COLLECTIONS.includes(input.collection as SearchedCollection)) throw new Error(`Search does not index the "${input.collection}" collection.`)
    const { sources, documents } = await documentsFor(req.payload, [{ collection: input.collection as SearchedCollection, id: input.id }])
    return { output: await meiliAdapter(config).syncSources(sources, documents) }
  },
}
