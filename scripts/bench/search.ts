import fs from 'node:fs'
import path from 'node:path'

import { createRandom } from '../../cms/seed/random'
import { type SearchDocument, type SearchSource, searchDocuments } from '../../search/documents'
import { meiliAdapter } from '../../search/meilisearch/adapter'
import { FACETS_FILE, STATIC_INDEX_DIR } from '../../search/static/paths'
import { meiliConfig } from '../../search/meilisearch/config'
import type { SearchRequest } from '../../search/client/engine'
import { meiliEngine } from '../../search/client/meiliEngine'
import type { SearchType } from '../../search/documents'
import { launchBrowser } from '../../tests/e2e/support/browser'
import { runScript } from '../../cms/cli/runScript'
import { type PageSearch, openSearchPage, searchOnPage } from '../../tests/e2e/support/searchPage'
import { found, mixedQueries, queriesOfWords, relevanceQueries, typoQueries } from './searchQueries'
import { serveStatic } from '../../tests/support/staticServer'
import { percentile, report } from './figures'

/**
 * Search benchmarks on a built site (SITE_OUT) and the snapshot it came from (SITE_SNAPSHOT):
 * the static fallback driven in Chromium through the real search page, and Meilisearch when
 * MEILI_URL is set. Reports one JSON line per figure for scripts/bench.ts to print.
 */
const label = process.env.BENCH_LABEL ?? 'scale dataset'
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 1000)
const TYPO_QUERIES = 200
const FILTER_FILES = new RegExp(`^/${STATIC_INDEX_DIR}/${FACETS_FILE}$`)

const benchStatic = async (siteDir: string, documents: SearchDocument[]) => {
  const server = await serveStatic(siteDir)
  const browser = await launchBrowser()
  try {
    const random = createRandom(11)
    const mixed = mixedQueries(documents, QUERIES, random)

    // Cold: a fresh browser profile opens the search page and runs one query: its script, the engine, the index parts and the results.
    // Facet counts load after the first results are shown; the bytes are counted both ways.
    const coldSearches = async (samples: readonly PageSearch[]) => {
      const bytes: number[] = []
      const withFacets: number[] = []
      const times: number[] = []
      for (const sample of samples) {
        const context = await browser.newContext()
        const page = await context.newPage()
        const [before, filtersBefore] = [server.sent(), server.sent(FILTER_FILES)]
        await openSearchPage(page, server.url)
        times.push((await searchOnPage(page, sample)).milliseconds)
        await page.waitForSelector('#search-filters:not([data-counts="pending"])')
        const total = server.sent() - before
        // Without a filter chosen, the facet values are fetched only for the counts, after the results.
        bytes.push(sample.type || sample.community ? total : total - (server.sent(FILTER_FILES) - filtersBefore))
        withFacets.push(total)
        await context.close()
      }
      for (const list of [bytes, withFacets, times]) list.sort((a, b) => a - b)
      return { bytes, withFacets, times }
    }
    const { bytes: cold, withFacets: coldWithFacets, times: coldTimes } = await coldSearches(mixed.slice(0, 15))
    const byWords: Array<{ words: number } & Awaited<ReturnType<typeof coldSearches>>> = []
    for (const words of [2, 3, 4])
      byWords.push({ words, ...(await coldSearches(queriesOfWords(documents, words, 15, createRandom(20 + words)).map((query) => ({ query })))) })

    const context = await browser.newContext()
    const page = await context.newPage()
    await openSearchPage(page, server.url)
    await searchOnPage(page, { query: 'plan' })
    await page.waitForSelector('#search-filters[data-counts="shown"]')
    const times: number[] = []
    const warmStart = server.sent()
    for (const sample of mixed) times.push((await searchOnPage(page, sample)).milliseconds)
    const warmBytes = (server.sent() - warmStart) / mixed.length
    times.sort((a, b) => a - b)

    let typoFound = 0
    const typos = typoQueries(documents, TYPO_QUERIES, createRandom(5))
    for (const { query, url } of typos) if ((await searchOnPage(page, { query })).results.slice(0, 5).some((result) => result.url === url)) typoFound += 1
    await benchRelevance(`static search (${label})`, documents, async (query) =>
      (await searchOnPage(page, { query })).results.slice(0, 5).map((result) => result.url),
    )
    await context.close()

    report({
      name: `static search (${label})`,
      kind: 'latency',
      queries: times.length,
      p50: Number(percentile(times, 50).toFixed(1)),
      p95: Number(percentile(times, 95).toFixed(1)),
    })
    report({
      name: `static search (${label})`,
      kind: 'first results',
      queries: coldTimes.length,
      p50: Number(percentile(coldTimes, 50).toFixed(1)),
      max: Number(coldTimes.at(-1)!.toFixed(1)),
    })
    report({
      name: `static search (${label})`,
      kind: 'bytes',
      coldKB: Number((percentile(cold, 50) / 1024).toFixed(1)),
      coldMaxKB: Number((cold.at(-1)! / 1024).toFixed(1)),
      facetsKB: Number((percentile(coldWithFacets, 50) / 1024).toFixed(1)),
      warmKB: Number((warmBytes / 1024).toFixed(1)),
    })
    for (const { words, bytes, times: wordTimes } of byWords) {
      report({
        name: `static search (${label})`,
        kind: 'first search by words',
        words,
        queries: bytes.length,
        p50KB: Number((percentile(bytes, 50) / 1024).toFixed(1)),
        maxKB: Number((bytes.at(-1)! / 1024).toFixed(1)),
        p50: Number(percentile(wordTimes, 50).toFixed(1)),
        max: Number(wordTimes.at(-1)!.toFixed(1)),
      })
    }
    report({
      name: `static search (${label})`,
      kind: 'typo recall',
      found: typoFound,
      queries: typos.length,
      percent: Number(((100 * typoFound) / typos.length).toFixed(1)),
    })
  } finally {
    await browser.close()
    await server.close()
  }
}

/** Meilisearch's resident memory, when the benchmark started it (scripts/bench.ts passes its pid). */
const meiliRssMB = (): number | null => {
  const pid = process.env.MEILI_BENCH_PID
  if (!pid || !fs.existsSync(`/proc/${pid}/status`)) return null
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return kb ? Math.round(Number(kb) / 1024) : null
}

const asRequest = (sample: { query: string; type?: string[]; community?: string }): SearchRequest => ({
  query: sample.query,
  type: (sample.type ?? []) as SearchType[],
  community: sample.community ?? null,
  theme: null,
  partner: null,
  year: null,
  page: 1,
})

const benchMeilisearch = async (documents: SearchDocument[]) => {
  const config = meiliConfig()
  if (!config) {
    report({ name: `Meilisearch (${label})`, kind: 'skipped' })
    return
  }
  const index = `${config.index}_bench`
  const adapter = meiliAdapter({ ...config, index })
  const started = performance.now()
  await adapter.reindex(documents)
  report({
    name: `Meilisearch (${label})`,
    kind: 'index build',
    documents: documents.length,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  })
  // The search page's own engine code and request, with the search-only key it is built with.
  const { key } = await adapter.ensureSearchKey()
  const engine = meiliEngine(config.publicUrl, key, index)
  const mixed = mixedQueries(documents, QUERIES, createRandom(11))
  for (const sample of mixed.slice(0, 50)) await engine.search(asRequest(sample))
  const times: number[] = []
  for (const sample of mixed) {
    const begun = performance.now()
    await engine.search(asRequest(sample))
    times.push(performance.now() - begun)
  }
  times.sort((a, b) => a - b)
  report({
    name: `Meilisearch (${label})`,
    kind: 'latency',
    queries: times.length,
    p50: Number(percentile(times, 50).toFixed(1)),
    p95: Number(percentile(times, 95).toFixed(1)),
    p99: Number(percentile(times, 99).toFixed(1)),
  })
  await benchRelevance(`Meilisearch (${label})`, documents, async (query) => (await engine.search(asRequest({ query }))).hits.slice(0, 5).map((hit) => hit.url))
  const rss = meiliRssMB()
  if (rss !== null) report({ name: `Meilisearch (${label})`, kind: 'memory', documents: documents.length, rssMB: rss })
  await adapter.dropIndex()
}

/** found@5 for each kind of query in the project's relevance set; the same set for both engines. */
const benchRelevance = async (name: string, documents: SearchDocument[], top5: (query: string) => Promise<string[]>) => {
  const byUrl = new Map(documents.map((document) => [document.url, `${document.title} ${document.text}`]))
  const tally = new Map<string, { found: number; queries: number; misses: string[] }>()
  for (const query of relevanceQueries(documents, createRandom(5))) {
    const urls = await top5(query.query)
    const hit = found(
      query,
      urls.map((url) => ({ url, words: byUrl.get(url) })),
    )
    const kind = tally.get(query.kind) ?? { found: 0, queries: 0, misses: [] }
    kind.queries += 1
    if (hit) kind.found += 1
    else kind.misses.push(query.query)
    tally.set(query.kind, kind)
  }
  for (const [kind, { found: hits, queries, misses }] of tally) {
    report({
      name,
      kind: 'relevance',
      queryKind: kind,
      found: hits,
      queries,
      percent: Number(((100 * hits) / queries).toFixed(1)),
      misses: misses.slice(0, 5).join(' | '),
    })
  }
}

runScript(async () => {
  const siteDir = path.resolve(process.env.SITE_OUT ?? 'dist')
  const source = JSON.parse(fs.readFileSync(path.resolve(process.env.SITE_SNAPSHOT ?? 'data/site-snapshot.json'), 'utf8')) as SearchSource
  const documents = searchDocuments(source)
  if (fs.existsSync(path.join(siteDir, STATIC_INDEX_DIR))) await benchStatic(siteDir, documents)
  await benchMeilisearch(documents)
})
