import fs from 'node:fs'

import type { EngineConfig } from './client/engine'
import { type SearchSource, searchDocuments } from './documents'
import { meiliAdapter } from './meilisearch/adapter'
import { meiliConfig } from './meilisearch/config'
import { type StaticIndexReport, buildStaticIndex } from './static/buildIndex'

/** Environment variables that must never reach the site build: the page could print them. */
const SECRETS = ['MEILI_MASTER_KEY', 'DATABASE_URI', 'SMTP_URL']

export const withoutSecrets = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !SECRETS.includes(name))) as NodeJS.ProcessEnv

/**
 * Which engine the built search page talks to. With MEILI_URL, Meilisearch through the
 * search-only key (checked or created here); without it, or when Meilisearch cannot be
 * reached, the static index built beside the pages, so the site always has a search.
 */
export const searchEngineForBuild = async (log: (line: string) => void = console.warn): Promise<EngineConfig> => {
  const config = meiliConfig()
  if (!config) return { engine: 'static', base: '/' }
  try {
    const { key } = await meiliAdapter(config).ensureSearchKey()
    return { engine: 'meilisearch', host: config.publicUrl, apiKey: key, index: config.index }
  } catch (error) {
    log(
      `Meilisearch at ${config.url} could not give a search key (${error instanceof Error ? error.message : String(error)}); this build uses the static search index instead.`,
    )
    return { engine: 'static', base: '/' }
  }
}

/** The static index for a built site, from the same snapshot its pages came from; unchanged files are linked from the live site's index when given it. */
export const buildStaticSearch = (snapshotFile: string, siteDir: string, liveSiteDir?: string): Promise<StaticIndexReport> => {
  const source = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as SearchSource
  return buildStaticIndex(searchDocuments(source), siteDir, liveSiteDir)
}
