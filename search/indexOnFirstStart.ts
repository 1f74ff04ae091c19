import type { SearchDocument } from './documents'
import { meiliAdapter } from './meilisearch/adapter'
import { meiliConfig } from './meilisearch/config'

/**
 * On start: fills an empty (or missing) Meilisearch index from the published content, so a
 * new installation searches at once; an index that has documents is left to the sync jobs.
 * A Meilisearch that does not answer is reported, not fatal: the site is then built with the
 * static search index, and publishing catches Meilisearch up once it is back.
 */
export const indexOnFirstStart = async (documents: () => readonly SearchDocument[], log: (line: string) => void = console.log): Promise<void> => {
  const config = meiliConfig()
  if (!config) return
  try {
    const adapter = meiliAdapter(config)
    const count = await adapter.documentCount()
    if (count > 0) {
      log(`Meilisearch index "${config.index}" at ${config.url} has ${count} documents; publishing keeps it in step.`)
      return
    }
    const all = documents()
    log(`Meilisearch index "${config.index}" at ${config.url} is empty: indexing ${all.length} documents…`)
    await adapter.reindex(all)
    log(`Indexed ${all.length} documents in Meilisearch.`)
  } catch (error) {
    log(
      `Meilisearch at ${config.url} did not answer (${error instanceof Error ? error.message : String(error)}): the site gets the static search index until it does.`,
    )
  }
}
