import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openSearchPage, searchOnPage } from './support/searchPage'
import type { EngineConfig } from '../../search/client/engine'
import { meiliAdapter } from '../../search/meilisearch/adapter'
import type { MeiliConfig } from '../../search/meilisearch/config'
import { suiteMeilisearch } from '../int/support/meilisearch'
import { launchBrowser } from './support/browser'
import { type RunningPortal, startPortal } from './support/portal'

const server = suiteMeilisearch()

describe.skipIf(!server)('npm start with MEILI_URL set', () => {
  let portal: RunningPortal
  let browser: Browser
  let meili: MeiliConfig

  beforeAll(async () => {
    meili = { url: server!.url, masterKey: server!.masterKey, index: `folkmoot_start_${process.pid}`, publicUrl: server!.url }
    portal = await startPortal(900_000, { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey!, MEILI_INDEX: meili.index })
    browser = await launchBrowser()
  }, 920_000)
  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
    if (meili) await meiliAdapter(meili).dropIndex()
  })

  it('fills the empty index from the demo district on first start and says search runs on Meilisearch', async () => {
    expect(portal.output()).toContain(`Meilisearch index "${meili.index}" at ${meili.url} is empty: indexing`)
    expect(portal.output()).toMatch(/Search: +Meilisearch at http:\/\/127\.0\.0\.1:\d+/)
    expect(await meiliAdapter(meili).documentCount()).toBeGreaterThan(100)
  })

  it('serves a search page that asks Meilisearch with a search-only key', async () => {
    const page = await browser.newPage()
    await openSearchPage(page, portal.siteUrl)
    const engine = JSON.parse((await page.getAttribute('#search-form', 'data-engine')) ?? 'null') as EngineConfig
    expect(engine).toMatchObject({ engine: 'meilisearch', host: meili.url, index: meili.index })
    expect(engine.engine === 'meilisearch' && engine.apiKey).not.toBe(meili.masterKey)
    const answer = await searchOnPage(page, { query: 'Kestwick' })
    expect(answer.results.length).toBeGreaterThan(0)
    await page.close()
  })

  it('brings what an editor publishes into the index and onto the search page, with no reindex', async () => {
    const login = await fetch(`${portal.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: 'folkmoot-demo' }),
    })
    const { token } = (await login.json()) as { token: string }
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const plans = (await (await fetch(`${portal.url}/api/plans?limit=1&depth=0&where[_status][equals]=published`, { headers })).json()) as {
      docs: Array<{ id: number }>
    }
    const renamed = await fetch(`${portal.url}/api/plans/${plans.docs[0]!.id}?depth=0`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: 'Wrenfield meadow plan', _status: 'published' }),
    })
    expect(renamed.status, await renamed.clone().text()).toBe(200)

    const adapter = meiliAdapter(meili)
    const deadline = Date.now() + 60_000
    while (!(await adapter.search('Wrenfield', {})).hits.some((hit) => hit.title === 'Wrenfield meadow plan')) {
      if (Date.now() > deadline) throw new Error('The published plan never reached Meilisearch.')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const page = await browser.newPage()
    await openSearchPage(page, portal.siteUrl)
    const titles = (await searchOnPage(page, { query: 'wrenfeld meadow' })).results.map((result) => result.title)
    expect(titles.join(' | ')).toContain('Wrenfield meadow plan')
    await page.close()
  })
})
