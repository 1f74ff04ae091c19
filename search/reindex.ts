import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { SearchDocument } from './documents'
import { type Progress, meiliAdapter } from './meilisearch/adapter'
import { meiliConfig } from './meilisearch/config'
import { buildStaticIndex } from './static/buildIndex'
import { STATIC_INDEX_DIR } from './static/paths'

export type ReindexOutcome =
  | { engine: 'meilisearch'; documents: number; index: string; settingsChanged: string[]; searchKey: string; keyCreated: boolean }
  | { engine: 'static'; documents: number; siteDir: string; kilobytes: number }

/**
 * Rebuilds the whole search index from scratch, then swaps it in at once: Meilisearch builds
 * a fresh index and swaps it with the live one; the static index is written beside the live
 * site and renamed into place. Either way a search never sees a half-built index.
 */
export const reindexEverything = async (documents: readonly SearchDocument[], siteDir: string, onProgress: Progress = () => {}): Promise<ReindexOutcome> => {
  const config = meiliConfig()
  if (config) {
    const adapter = meiliAdapter(config)
    const { settings } = await adapter.reindex(documents, onProgress)
    const key = await adapter.ensureSearchKey()
    return {
      engine: 'meilisearch',
      documents: documents.length,
      index: config.index,
      settingsChanged: settings,
      searchKey: key.masked,
      keyCreated: key.created,
    }
  }
  if (!fs.existsSync(path.join(siteDir, 'index.html')))
    throw new Error(`There is no built site in ${siteDir} to add a static search index to. Run npm run build first.`)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-reindex-'))
  try {
    onProgress({ step: 'Documents', done: 0, total: documents.length })
    const built = await buildStaticIndex(documents, scratch)
    onProgress({ step: 'Documents', done: documents.length, total: documents.length })
    const live = path.join(siteDir, STATIC_INDEX_DIR)
    const next = `${live}.next`
    fs.rmSync(next, { recursive: true, force: true })
    fs.cpSync(path.join(scratch, STATIC_INDEX_DIR), next, { recursive: true })
    fs.rmSync(`${live}.old`, { recursive: true, force: true })
    if (fs.existsSync(live)) fs.renameSync(live, `${live}.old`)
    fs.renameSync(next, live)
    fs.rmSync(`${live}.old`, { recursive: true, force: true })
    return { engine: 'static', documents: documents.length, siteDir, kilobytes: Math.round(built.bytes / 1024) }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
