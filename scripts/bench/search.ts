import fs from 'node:fs'
import path from 'node:path'

import { createRandom } from '../../cms/seed/random'
import { type SearchDocument, type SearchSource, searchDocuments } from '../../search/documents'
import { meiliAdapter } from '../../search/meilisearch/adapter'
import { meiliConfig } from '../../search/meilisearch/config'
import { launchBrowser } from '../../tests/e2e/support/browser'
import { runScript } from '../../cms/cli/runScript'
import { openSearchPage, searchOnPage } from '../../tests/e2e/support/searchPage'
import { mixedQueries, typoQueries } from './searchQueries'
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
const FILTER_FILES = /^\/pagefind\/filter\//

const benchStatic = async (siteDir: string, documents: SearchDocument[]) => {
  const server = await serveStatic(siteDir)
  const browser = await launchBrowser()
  try {
    const random = createRandom(11)
    const mixed = mixedQueries(documents, QUERIES, random)

    // Cold: a fresh browser profile opens the search page and runs one query: its script, the engine, the index parts and the results.
    // Facet counts load after the first results are shown; the bytes are counted both ways.
    const cold: number[] = []
    const coldWithFacets: number[] = []
    const coldTimes: number[] = []
    for (const sample of mixed.slice(0, 15)) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const [before, filtersBefore] = [server.sent(), server.sent(FILTER_FILES)]
      await openSearchPage(page, server.url)
      coldTimes.push((await searchOnPage(page, sample)).milliseconds)
      await page.waitForSelector('#search-filters[data-counts="shown"]')
      const total = server.sent() - before
      // Without a filter chosen, Pagefind's filter index is fetched only for the counts, after the results.
      cold.push(sample.type || sample.community ? total : total - (server.sent(FILTER_FILES) - filtersBefore))
      coldWithFacets.push(total)
      await context.close()
    }
    for (const list of [cold, coldWithFacets, coldTimes]) list.sort((a, b) => a - b)

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

    let found = 0
    const typos = typoQueries(documents, TYPO_QUERIES, createRandom(5))
    for (const { query, url } of typos) if ((await searchOnPage(page, { query })).results.slice(0, 5).some((result) => result.url === url)) found += 1
    await context.close()

    report({ name: `static search (${label})`, kind: 'latency', queries: times.length, p50: Number(percentile(times, 50).toFixed(1)), p95: Number(percentile(times, 95).toFixed(1)) })
    report({ name: `static search (${label})`, kind: 'first results', queries: coldTimes.length, p50: Number(percentile(coldTimes, 50).toFixed(1)), max: Number(coldTimes.at(-1)!.toFixed(1)) })
    report({ name: `static search (${label})`, kind: 'bytes', coldKB: Number((percentile(cold, 50) / 1024).toFixed(1)), coldMaxKB: Number((cold.at(-1)! / 1024).toFixed(1)), facetsKB: Number((percentile(coldWithFacets, 50) / 1024).toFixed(1)), warmKB: Number((warmBytes / 1024).toFixed(1)) })
    report({ name: `static search (${label})`, kind: 'typo recall', found, queries: typos.length, percent: Number(((100 * found) / typos.length).toFixed(1)) })
  } finally {
    await browser.close()
    await server.close()
  }
}

const benchMeilisearch = async (documents: SearchDocument[]) => {
  const config = meiliConfig()
  if (!config) {
    report({ name: `Meilisearch (${label})`, kind: 'skipped' })
    return
  }
  const adapter = meiliAdapter({ ...config, index: `${config.index}_bench` })
  const started = performance.now()
  await adapter.reindex(documents)
  report({ name: `Meilisearch (${label})`, kind: 'index build', documents: documents.length, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) })
  const times: number[] = []
  for (const sample of mixedQueries(documents, QUERIES, createRandom(11))) {
    const filter = [...(sample.type ? [`type = "${sample.type[0]}"`] : []), ...(sample.community ? [`community = "${sample.community.replace(/"/g, '\\"')}"`] : [])]
    const begun = performance.now()
    await adapter.search(sample.query, { filter, facets: ['type', 'community', 'year'], hitsPerPage: 10, page: 1 })
    times.push(performance.now() - begun)
  }
  times.sort((a, b) => a - b)
  let found = 0
  const typos = typoQueries(documents, TYPO_QUERIES, createRandom(5))
  for (const { query, url } of typos) if ((await adapter.search(query, { hitsPerPage: 5, page: 1 })).hits.some((hit) => hit.url === url)) found += 1
  report({ name: `Meilisearch (${label})`, kind: 'latency', queries: times.length, p50: Number(percentile(times, 50).toFixed(1)), p95: Number(percentile(times, 95).toFixed(1)) })
  report({ name: `Meilisearch (${label})`, kind: 'typo recall', found, queries: typos.length, percent: Number(((100 * found) / typos.length).toFixed(1)) })
  await adapter.dropIndex()
}

runScript(async () => {
  const siteDir = path.resolve(process.env.SITE_OUT ?? 'dist')
  const source = JSON.parse(fs.readFileSync(path.resolve(process.env.SITE_SNAPSHOT ?? 'data/site-snapshot.json'), 'utf8')) as SearchSource
  const documents = searchDocuments(source)
  if (fs.existsSync(path.join(siteDir, 'pagefind'))) await benchStatic(siteDir, documents)
  await benchMeilisearch(documents)
})
