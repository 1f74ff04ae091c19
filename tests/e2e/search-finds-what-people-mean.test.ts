import fs from 'node:fs'
import path from 'node:path'

import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, snapshotFile, writeSnapshot } from '../../cms/export/publishSite'
import { serveStatic } from '../support/staticServer'
import { type PageSearch, openSearchPage, searchOnPage } from './support/searchPage'
import { type SearchDocument, type SearchSource, searchDocuments } from '../../search/documents'
import { meiliAdapter } from '../../search/meilisearch/adapter'
import type { MeiliConfig } from '../../search/meilisearch/config'
import type { EngineConfig } from '../../search/client/engine'
import { suiteMeilisearch, useSuiteMeilisearch } from '../int/support/meilisearch'
import { documentsFor } from '../../search/publicSource'
import { reindexEverything } from '../../search/reindex'
import { wordsOf } from '../../search/static/vocabulary'
import { launchBrowser } from './support/browser'
import { type BuiltSite, buildDemoSite } from './support/site'

/** Made-up words that only unpublished or deleted content uses: search must never find them. */
const HIDDEN = { draft: 'Quillfeather', unpublished: 'Zanderbrook', deleted: 'Marrowvale' }
/** Made-up words, each in the title of its own published plan and in no other document: they never occur together. */
const APART = ['Quernstone', 'Tumblewick']
/** Never a real key: the static build runs with it set, and it must not appear in what is built. */
const FAKE_MASTER_KEY = 'fake-master-key-that-must-never-ship-8d41'

const addHiddenContent = async (payload: Payload) => {
  const kestwick = (await payload.find({ collection: 'communities', where: { slug: { equals: 'kestwick' } }, depth: 0 })).docs[0]!
  const plan = (title: string, status: 'draft' | 'published') =>
    payload.create({
      collection: 'plans',
      depth: 0,
      data: { title, community: kestwick.id, period: { startYear: 2026, endYear: 2030 }, priorities: [{ theme: 'housing' }], _status: status },
    })
  await plan(`${HIDDEN.draft} draft plan`, 'draft')
  const unpublished = await payload.create({
    collection: 'consultations',
    depth: 0,
    data: {
      title: `${HIDDEN.unpublished} consultation`,
      communities: [kestwick.id],
      summary: 'Withdrawn before it opened.',
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 9e8).toISOString(),
      _status: 'published',
    },
  })
  await payload.update({ collection: 'consultations', id: unpublished.id, data: { _status: 'draft' } })
  const deleted = await plan(`${HIDDEN.deleted} plan`, 'published')
  await payload.delete({ collection: 'plans', id: deleted.id })
  for (const word of APART) await plan(`${word} plan`, 'published')
}

let site: BuiltSite
let browser: Browser
let documents: SearchDocument[]

/** Runs `work` with some environment variables set or unset, then puts back exactly what was there. */
const withEnv = async <T>(vars: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> => {
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]))
  const put = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  put(vars)
  try {
    return await work()
  } finally {
    put(before)
  }
}

beforeAll(async () => {
  // The static build, with a master key in its environment that must not reach the pages.
  site = await withEnv({ MEILI_MASTER_KEY: FAKE_MASTER_KEY, MEILI_URL: undefined }, () => buildDemoSite(addHiddenContent))
  documents = searchDocuments(JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')) as SearchSource)
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const documentAt = (url: string) => documents.find((document) => document.url === url)

/** The relevance contract: what any engine behind the search page must do with the demo district. */
const contract = (engine: () => { url: string; dir: string }) => {
  let page: Page
  const search = (request: PageSearch) => searchOnPage(page, request)

  beforeAll(async () => {
    page = await browser.newPage()
    await openSearchPage(page, engine().url)
  })
  afterAll(() => page?.close())

  it('finds consultations when asked for “consultation”, spelt right or misspelt', async () => {
    for (const query of ['consultation', 'consutlation']) {
      const answer = await search({ query })
      expect(
        answer.results.slice(0, 5).map((result) => result.type),
        query,
      ).toContain('Consultation')
    }
  })

  it('finds content that mentions the Local Development Plan when asked for “LDP”', async () => {
    const answer = await search({ query: 'LDP' })
    const top = answer.results.slice(0, 5)
    expect(top.length).toBeGreaterThan(0)
    expect(top.some((result) => `${documentAt(result.url)?.title} ${documentAt(result.url)?.text}`.includes('Local Development Plan'))).toBe(true)
  })

  it('treats UK planning words as the same thing: DNO and network operator, NHS and health partnership', async () => {
    const dno = await search({ query: 'DNO' })
    expect(dno.results.some((result) => /network operator/i.test(`${documentAt(result.url)?.title} ${documentAt(result.url)?.text}`))).toBe(true)
    const nhs = await search({ query: 'NHS' })
    expect(nhs.results.some((result) => /health partnership/i.test(`${documentAt(result.url)?.title} ${documentAt(result.url)?.text}`))).toBe(true)
  })

  it('returns only the chosen community’s content when filtered by community', async () => {
    const everywhere = await search({ query: 'bus' })
    const inKestwick = await search({ query: 'bus', community: 'Kestwick' })
    expect(inKestwick.results.length).toBeGreaterThan(0)
    expect(everywhere.status).not.toBe(inKestwick.status)
    for (const result of inKestwick.results) expect(documentAt(result.url)?.community).toContain('Kestwick')
  })

  it('returns only the chosen type when filtered by type', async () => {
    const answer = await search({ query: 'kestwick', type: ['consultation'] })
    expect(answer.results.length).toBeGreaterThan(0)
    expect(new Set(answer.results.map((result) => result.type))).toEqual(new Set(['Consultation']))
  })

  it('filters by theme and by partner, and offers both with counts', async () => {
    const theme = documents.find((document) => document.theme.length > 0)!.theme[0]!
    const partner = documents.find((document) => document.partner.length > 0)!.partner[0]!
    const byTheme = await search({ query: '', theme })
    expect(byTheme.results.length).toBeGreaterThan(0)
    for (const result of byTheme.results) expect(documentAt(result.url)?.theme, result.url).toContain(theme)
    await page.waitForSelector('#search-filters[data-counts="shown"]')
    expect(await page.locator('#search-theme option').count()).toBeGreaterThan(1)
    const byPartner = await search({ query: '', partner })
    expect(byPartner.results.length).toBeGreaterThan(0)
    for (const result of byPartner.results) expect(documentAt(result.url)?.partner, result.url).toContain(partner)
    await page.waitForSelector('#search-filters[data-counts="shown"]')
    expect(await page.locator('#search-partner option').count()).toBeGreaterThan(1)
  })

  it('never finds draft, unpublished or deleted content, even with a typo', async () => {
    for (const word of Object.values(HIDDEN)) {
      for (const query of [word, word.slice(0, 3) + word.slice(4)]) {
        const answer = await search({ query })
        expect(answer.results.filter((result) => result.title.includes(word))).toEqual([])
      }
    }
  })

  it('links every result to a page that exists, and to the item on it', async () => {
    for (const query of ['housing', 'survey', 'crossing', 'Brackenhithe', 'bus']) {
      const answer = await search({ query })
      expect(answer.results.length).toBeGreaterThan(0)
      for (const result of answer.results) {
        const [pathname, anchor] = result.url.split('#')
        const file = path.join(engine().dir, pathname!, 'index.html')
        expect(fs.existsSync(file), `${result.url} has no page`).toBe(true)
        if (anchor) expect(fs.readFileSync(file, 'utf8'), `${result.url} has no such anchor`).toContain(`id="${anchor}"`)
      }
    }
  })

  it('pages through many results and says how many there are', async () => {
    const first = await search({ query: 'kestwick' })
    expect(first.status).toMatch(/^\d+ results for “kestwick”, page 1 of \d+\.$/)
    expect(first.results).toHaveLength(10)
    await page.click('a[rel="next"]')
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('page 2 of'))
    expect(page.url()).toContain('page=2')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
  })

  it('helps when nothing is found: offers to clear the filters and links to the A to Z', async () => {
    const answer = await search({ query: 'xylophonic', type: ['achievement'] })
    expect(answer.status).toBe('No results for “xylophonic”.')
    expect(await page.textContent('#search-results')).toContain('Clear the filters and search again')
    expect(await page.getAttribute('#search-results a[href="/communities/"]', 'href')).toBe('/communities/')
  })

  it('announces results to screen readers and passes WCAG 2.2 AA with results showing', async () => {
    await search({ query: 'parking' })
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite')
    expect(await page.textContent('#search-results mark')).toBeTruthy()
    await page.addScriptTag({ content: axe.source })
    const violations = await page.evaluate(async () => {
      const { axe: engine } = window as unknown as { axe: typeof axe }
      const result = await engine.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
  })

  it('works from the keyboard alone: type, press Enter, Tab to the first result', async () => {
    await page.goto(`${engine().url}/search/`)
    await page.focus('#search-query')
    await page.keyboard.type('skate park')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /results? for “skate park”/.test(document.querySelector('#search-status')?.textContent ?? ''))
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)) break
    }
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results li')?.querySelector('h3')?.textContent)).toBeTruthy()
  })
}

describe('search on the static fallback (the static index with typo correction), in Chromium', () => {
  contract(() => ({ url: site.url, dir: site.dir }))

  it('ships none of the hidden words in its index files, and no master key anywhere in the site', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    const everything = files(site.dir).map((file) => fs.readFileSync(file, 'latin1'))
    expect(everything.length).toBeGreaterThan(50)
    for (const word of [...Object.values(HIDDEN).map((word) => word.toLowerCase()), FAKE_MASTER_KEY])
      expect(everything.filter((text) => text.toLowerCase().includes(word.toLowerCase()))).toHaveLength(0)
  })

  it('names the corrected query in the status line and the heading', async () => {
    const page = await browser.newPage()
    await openSearchPage(page, site.url)
    const answer = await searchOnPage(page, { query: 'consutlation' })
    expect(answer.corrected).toBe('consultation')
    expect(answer.status).toMatch(/results? for “consultation”/)
    expect(await page.textContent('#search-results h2')).toBe('Results for “consultation”')
    await page.close()
  })

  it('offers the pages with most of the words, and says so, when no page has them all', async () => {
    const page = await browser.newPage()
    await openSearchPage(page, site.url)
    for (const query of ['Quernstone Tumblewick', 'Quernstome Tumblewick']) {
      const answer = await searchOnPage(page, { query })
      const shown = (answer.corrected ?? query).toLowerCase()
      expect(answer.status, query).toMatch(new RegExp(`^2 results for some of “${shown}”\\.$`, 'i'))
      expect(answer.results.map((result) => result.title).sort(), query).toEqual(APART.map((word) => `${word} plan`))
      expect(await page.textContent('#search-results .notice.partial'), query).toContain('No page has all of these words')
      expect(await page.textContent('#search-results h2'), query).toMatch(/^Results for some of “/)
    }
    expect((await searchOnPage(page, { query: 'Quernstome Tumblewick' })).corrected).toBe('quernstone tumblewick')
    await page.close()
  })

  it('shows the matched words in the document’s own text as snippets, never the place names and synonyms indexed with it', async () => {
    const page = await browser.newPage()
    await openSearchPage(page, site.url)
    for (const query of ['LDP', 'Kestwick', 'parking', 'NHS', 'skate park']) {
      await searchOnPage(page, { query })
      const snippets = await page.$$eval('.search-results > li', (items) =>
        items.map((item) => ({
          url: item.querySelector('h3 a')?.getAttribute('href') ?? '',
          text: item.querySelector(':scope > p:last-child')?.textContent ?? '',
        })),
      )
      expect(snippets.length, query).toBeGreaterThan(0)
      for (const { url, text } of snippets) {
        const document = documentAt(url)!
        const own = ` ${wordsOf(`${document.title} ${document.excerpt} ${document.text}`).join(' ')} `
        expect(own, `${query}: ${url}`).toContain(` ${wordsOf(text).join(' ')} `)
      }
    }
    await page.close()
  })

  it('puts the search page’s script inside the document, where an HTML checker accepts it', () => {
    const html = fs.readFileSync(path.join(site.dir, 'search/index.html'), 'utf8')
    expect(html.lastIndexOf('<script')).toBeGreaterThan(0)
    expect(html.lastIndexOf('<script')).toBeLessThan(html.indexOf('</body>'))
  })

  it('offers the A to Z of communities and every type of content without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site.url}/search/?q=parking`)
    expect(await page.isVisible('#search-browse')).toBe(true)
    // Filters need JavaScript: without it none may show that would do nothing.
    expect(await page.isVisible('#search-filters')).toBe(false)
    expect(await page.getAttribute('a[href="/communities/#letter-K"]', 'href')).toBeTruthy()
    for (const href of ['/communities/', '/consultations/', '/guidance/', '/achievements/'])
      expect(await page.locator(`#search-browse a[href="${href}"]`).count()).toBe(1)
    await context.close()
  })
})

// Started by tests/int/support/meilisearch-setup.ts; tests/vitest.config.ts says when there is none.
describe.skipIf(!suiteMeilisearch())('search on Meilisearch, in Chromium', () => {
  let served: { url: string; close: () => Promise<void> }
  let meili: MeiliConfig
  const dir = () => `${process.env.SITE_OUT}-meilisearch`
  const index = `folkmoot_test_${process.pid}`

  beforeAll(async () => {
    meili = useSuiteMeilisearch(index)!
    await reindexEverything(documents, dir())
    await writeSnapshot(site.payload)
    const liveOut = process.env.SITE_OUT
    process.env.SITE_OUT = dir()
    try {
      await buildSite()
    } finally {
      process.env.SITE_OUT = liveOut
    }
    served = await serveStatic(dir())
  }, 300_000)
  afterAll(async () => {
    await served?.close()
    if (meili) await meiliAdapter(meili).dropIndex()
    fs.rmSync(dir(), { recursive: true, force: true })
  })

  contract(() => ({ url: served.url, dir: dir() }))

  it('gives the page a search-only key and never puts the master key in the built site', async () => {
    const page = await browser.newPage()
    await page.goto(`${served.url}/search/`)
    const engine = JSON.parse((await page.getAttribute('#search-form', 'data-engine')) ?? 'null') as EngineConfig
    await page.close()
    expect(engine).toMatchObject({ engine: 'meilisearch', host: meili.url, index })
    const apiKey = engine.engine === 'meilisearch' ? engine.apiKey : ''
    expect(apiKey).not.toBe(meili.masterKey)
    const key = await new Meilisearch({ host: meili.url, apiKey: meili.masterKey }).getKey(apiKey)
    expect({ actions: key.actions, indexes: key.indexes }).toEqual({ actions: ['search'], indexes: [index] })
    const files = (folder: string): string[] =>
      fs
        .readdirSync(folder, { withFileTypes: true })
        .flatMap((entry) => (entry.isDirectory() ? files(path.join(folder, entry.name)) : [path.join(folder, entry.name)]))
    expect(files(dir()).filter((file) => fs.readFileSync(file, 'latin1').includes(meili.masterKey!))).toEqual([])
  })

  it('adds a newly published document once its sync runs, and drops it once its deletion is synced', async () => {
    const adapter = meiliAdapter(meili)
    const kestwick = (await site.payload.find({ collection: 'communities', where: { slug: { equals: 'kestwick' } }, depth: 0 })).docs[0]!
    const plan = await site.payload.create({
      collection: 'plans',
      depth: 0,
      data: {
        title: 'Yellowhammer sync plan',
        community: kestwick.id,
        period: { startYear: 2026, endYear: 2030 },
        priorities: [{ theme: 'housing' }],
        _status: 'published',
      },
    })
    const sync = async () => {
      const { sources, documents: current } = await documentsFor(site.payload, [{ collection: 'plans', id: String(plan.id) }])
      await adapter.syncSources(sources, current)
      return (await adapter.search('Yellowhammer', {})).hits.map((hit) => hit.title)
    }
    expect(await sync()).toEqual(['Yellowhammer sync plan'])
    await site.payload.delete({ collection: 'plans', id: plan.id })
    expect(await sync()).toEqual([])
  })
})
