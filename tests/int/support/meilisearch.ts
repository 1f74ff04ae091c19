import { inject } from 'vitest'

import type { MeiliConfig } from '../../../search/meilisearch/config'

/** The pass's Meilisearch (started by meilisearch-setup.ts), or null when this machine has none. */
export const suiteMeilisearch = () => inject('meilisearch')

/**
 * Points this test file's process (CMS hooks, sync jobs, reindex, site build) at the pass's
 * Meilisearch, in an index of its own; returns the config, or null when there is no server.
 */
export const useSuiteMeilisearch = (index: string): MeiliConfig | null => {
  const server = suiteMeilisearch()
  if (!server) return null
  process.env.MEILI_URL = server.url
  process.env.MEILI_MASTER_KEY = server.masterKey
  process.env.MEILI_INDEX = index
  return { url: server.url, masterKey: server.masterKey, index, publicUrl: server.url }
}
