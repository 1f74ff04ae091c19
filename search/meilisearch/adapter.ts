import { type Index, Meilisearch, MeilisearchApiError } from 'meilisearch'

import { BATCH_SIZE, inBatches } from '../batches'
import type { SearchDocument } from '../documents/shape'
import { SEARCH_SETTINGS, forMeilisearch, settingsDiff } from '../settings'
import type { MeiliConfig } from './config'
import { maskKey, searchKeyProblems, searchKeyRequest, searchKeyUid } from './keys'

export type Progress = (line: { step: string; done: number; total: number }) => void

const notFound = (error: unknown): boolean => error instanceof MeilisearchApiError && error.response.status === 404

const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/**
 * The server side of Meilisearch: settings, documents, the atomic reindex and the search-only
 * key. Uses the master key, so it runs only in the CMS and in scripts, never in a browser.
 */
export const meiliAdapter = (config: MeiliConfig) => {
  const client = new Meilisearch({ host: config.url, apiKey: config.masterKey })

  /** Applies only the settings that differ, so running it again changes nothing. */
  const applySettings = async (index: Index<SearchDocument>): Promise<string[]> => {
    const diff = settingsDiff(await index.getSettings(), SEARCH_SETTINGS)
    if (Object.keys(diff).length > 0) await index.updateSettings(diff).waitTask()
    return Object.keys(diff)
  }

  const addInBatches = async (index: Index<SearchDocument>, documents: readonly SearchDocument[], onProgress: Progress = () => {}) => {
    let done = 0
    for (const batch of inBatches(documents, BATCH_SIZE)) {
      const task = await index.addDocuments(batch.map(forMeilisearch), { primaryKey: 'id' }).waitTask({ timeout: 120_000 })
      if (task.status !== 'succeeded') throw new Error(`Meilisearch did not take a batch of documents: ${task.error?.message ?? task.status}`)
      done += batch.length
      onProgress({ step: 'Documents', done, total: documents.length })
    }
  }

  const ensureIndex = async (uid: string): Promise<Index<SearchDocument>> => {
    try {
      await client.getRawIndex(uid)
    } catch (error) {
      if (!notFound(error)) throw error
      await client.createIndex(uid, { primaryKey: 'id' }).waitTask()
    }
    return client.index<SearchDocument>(uid)
  }

  return {
    /**
     * Makes the live index hold exactly `documents` for the given sources: adds or replaces
     * the new ones first, then deletes what those sources no longer produce, so a search
     * never sees the source missing. Safe to repeat.
     */
    async syncSources(sources: readonly string[], documents: readonly SearchDocument[]): Promise<{ added: number; removed: number }> {
      if (sources.length === 0) return { added: 0, removed: 0 }
      const index = await ensureIndex(config.index)
      await applySettings(index)
      await addInBatches(index, documents)
      const keep = new Set(documents.map((document) => document.id))
      let removed = 0
      for (const batch of inBatches(sources, 100)) {
        const existing = await index.getDocuments<{ id: string }>({ filter: `source IN [${batch.map(quote).join(', ')}]`, fields: ['id'], limit: 10_000 })
        const stale = existing.results.map((document) => document.id).filter((id) => !keep.has(id))
        if (stale.length > 0) await index.deleteDocuments(stale).waitTask()
        removed += stale.length
      }
      return { added: documents.length, removed }
    },

    /** Builds a fresh index beside the live one, then swaps them in one step: searches never see a half-built index. */
    async reindex(documents: readonly SearchDocument[], onProgress: Progress = () => {}): Promise<{ documents: number; settings: string[] }> {
      const fresh = `${config.index}_next`
      await client.deleteIndexIfExists(fresh)
      await client.createIndex(fresh, { primaryKey: 'id' }).waitTask()
      const index = client.index<SearchDocument>(fresh)
      const settings = await applySettings(index)
      await addInBatches(index, documents, onProgress)
      await ensureIndex(config.index)
      await client.swapIndexes([{ indexes: [config.index, fresh], rename: false }]).waitTask()
      await client.deleteIndexIfExists(fresh)
      return { documents: documents.length, settings }
    },

    /** The search-only key for browsers: created when missing, replaced when it allows too much. */
    async ensureSearchKey(): Promise<{ key: string; created: boolean; masked: string }> {
      let created = false
      const uid = searchKeyUid(config.index)
      try {
        const existing = await client.getKey(uid)
        if (searchKeyProblems(existing, config.index).length === 0) return { key: existing.key, created, masked: maskKey(existing.key) }
        await client.deleteKey(uid)
      } catch (error) {
        if (!notFound(error)) throw error
      }
      const key = await client.createKey(searchKeyRequest(config.index))
      created = true
      const problems = searchKeyProblems(key, config.index)
      if (problems.length > 0) throw new Error(`Meilisearch made a search key that is not safe for browsers: ${problems.join('; ')}.`)
      return { key: key.key, created, masked: maskKey(key.key) }
    },

    /** How many documents the live index holds; 0 when it does not exist yet. */
    async documentCount(): Promise<number> {
      try {
        return (await client.index(config.index).getStats()).numberOfDocuments
      } catch (error) {
        if (notFound(error)) return 0
        throw error
      }
    },

    /** Removes the index altogether (benchmarks and tests clean up their own). */
    dropIndex: () => client.deleteIndexIfExists(config.index),

    search: (query: string, options: Parameters<Index<SearchDocument>['search']>[1]) => client.index<SearchDocument>(config.index).search(query, options),
  }
}

export type MeiliAdapter = ReturnType<typeof meiliAdapter>
