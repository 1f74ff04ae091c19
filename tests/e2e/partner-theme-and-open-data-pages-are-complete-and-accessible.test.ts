import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { OPEN_DATA_SETS } from '../../cms/export/openDataSets'
import type { SiteSnapshot } from '../../cms/export/snapshot'
import { parseCsv } from '../support/parseCsv'
import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { buildDemoSite, builtFileFor, type BuiltSite } from './support/site'

let site: BuiltSite
let browser: Browser
let snapshot: SiteSnapshot

beforeAll(async () => {
  site = await buildDemoSite()
  snapshot = JSON.parse(fs.readFileSync(process.env.SITE_SNAPSHOT!, 'utf8')) as SiteSnapshot
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/** One page of each new type, with text its seeded content must show. */
const PAGE_TYPES: Array<[string, string, string]> = [
  ['partners', '/partners/', 'Chalkdown Power Networks'],
  ['partner', '/partners/wendshire-county-council/', 'What communities ask of Wendshire County Council'],
  ['strategy', '/strategies/wendshire-local-transport-plan/', 'Keep the hourly 41 bus and add a later return from Kestwick'],
  ['themes', '/themes/', 'Transport and travel'],
  ['theme', '/themes/transport/', 'Real-time screens and a warm waiting room at the bus station'],
  ['open data', '/open-data/', 'Creative Commons Attribution 4.0'],
  ['plan with dated progress', '/plans/kestwick-town-plan-2024-2029/', 'Live departure screens switched on at every stand.'],
  ['community in a cluster plan', '/communities/wrenfold/', 'Our actions in the cluster plan'],
  ['area plan', '/plans/kestwick-area-plan-2026-2031/', 'Actions in the member plans that feed this plan'],
  ['annual report with practical work', '/reports/district/2025/', 'Engagement in 2025'],
]

const fileFor = (urlPath: string): string => builtFileFor(site.dir, urlPath)

describe('partner, strategy, theme and open data pages', () => {
  it.each(PAGE_TYPES)('renders the %s page with its content', async (_type, urlPath, text) => {
    const page = await browser.newPage()
    const response = await page.goto(`${site.url}${urlPath}`)
    expect(response?.status()).toBe(200)
    expect(await page.textContent('main')).toContain(text)
    await page.close()
  })

  it.each(PAGE_TYPES)('has no WCAG 2.2 A or AA violations on the %s page (axe)', async (_type, urlPath) => {
    const page = await browser.newPage()
    await page.goto(`${site.url}${urlPath}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it.each(PAGE_TYPES)('reflows the %s page to 320 pixels without sideways scrolling', async (_type, urlPath) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
    await page.goto(`${site.url}${urlPath}`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.close()
  })

  it('writes a page for every partner, strategy and theme, links only to what exists, sends no script and lists them in the sitemap', () => {
    const pages = site.pages.filter((pagePath) => /^\/(partners|strategies|themes|open-data)\//.test(pagePath))
    expect(pages.filter((pagePath) => pagePath.startsWith('/partners/'))).toHaveLength(snapshot.partners.length + 1)
    expect(pages.filter((pagePath) => pagePath.startsWith('/strategies/'))).toHaveLength(snapshot.strategies.length)
    expect(pages.filter((pagePath) => pagePath.startsWith('/themes/')).length).toBeGreaterThan(12)
    const sitemap = fs.readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8')
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname))
    const broken: string[] = []
    for (const pagePath of pages) {
      const html = fs.readFileSync(fileFor(pagePath), 'utf8')
      expect(html, pagePath).not.toMatch(/<script/i)
      expect(listed.has(pagePath), pagePath).toBe(true)
      for (const [, href] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) if (href && !fs.existsSync(fileFor(href))) broken.push(`${pagePath} -> ${href}`)
    }
    expect(broken).toEqual([])
  })

  it('puts Partners and Themes in the main navigation and Open data in the footer', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/`)
    expect(await page.locator('nav[aria-label="Main"] a').allTextContents()).toEqual(expect.arrayContaining(['Partners', 'Themes']))
    expect(await page.locator('footer a', { hasText: 'Open data' }).getAttribute('href')).toBe('/open-data/')
    await page.close()
  })

  it('shows a partner what communities ask of it, the share of entries it confirmed and money influenced by year', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/partners/wendshire-county-council/`)
    const main = (await page.textContent('main')) ?? ''
    expect(main).toContain('Safer crossing outside Brackenhithe Primary')
    expect(main).toMatch(/confirmed \d+ of the \d+ entries about it \(\d+%\)/)
    expect(await page.locator('#money-caption').count()).toBe(1)
    expect(await page.locator('#strategies + ul a').allTextContents()).toContain('Wendshire Local Transport Plan')
    await page.close()
  })

  it('lists on an action the influence entries that advanced it, with its dated timeline', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/plans/wend-valley-cluster-plan-2025-2030/`)
    const action = page.locator('li', { has: page.locator('h4', { hasText: 'Safer crossing outside Brackenhithe Primary' }) })
    const text = (await action.textContent()) ?? ''
    expect(text).toContain('County puts the Brackenhithe school crossing into next year’s safety programme')
    expect(await action.locator('.timeline time').allTextContents()).toEqual(['1 October 2025', '22 August 2025', '4 June 2024'])
    expect(await page.textContent('main')).toContain('Last reviewed')
    await page.close()
  })

  it('lists in an area plan the actions of the member plans that feed it, by theme, and names the area plan in each', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/plans/kestwick-area-plan-2026-2031/`)
    const young = page.locator('section', { has: page.locator('h3#feeding-young-people') })
    expect(await young.locator('li a').allTextContents()).toEqual(
      expect.arrayContaining(['Reopen the youth club on Friday and Saturday evenings', 'A youth space in the old housing office']),
    )
    await page.goto(`${site.url}/plans/gorsey-bank-neighbourhood-action-plan-2025-2028/`)
    expect(await page.locator('dt:has-text("Feeds") + dd').textContent()).toContain('Kestwick Area Plan 2026–2031')
    await page.close()
  })

  it('keeps a cluster’s past reports to that year’s members: Linnet Green, joining in 2026, is not in 2025', () => {
    const titles = (report: string) =>
      (JSON.parse(fs.readFileSync(fileFor(`${report}logs.json`), 'utf8')) as { entries: Array<{ title: string; owner: string }> }).entries
    expect(titles('/reports/clusters/kestwick-area-partnership/2025/').map((entry) => entry.owner)).not.toContain('Linnet Green')
    expect(titles('/reports/communities/linnet-green/2025/').length).toBeGreaterThan(0)
    expect(titles('/reports/clusters/kestwick-area-partnership/2026/').map((entry) => entry.owner)).toContain('Linnet Green')
  })

  it('counts plan progress and engagement in the annual report, as charts with tables and in its downloads', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/reports/district/2025/`)
    for (const id of ['plan-progress', 'engagement']) {
      const figure = page.locator(`figure.chart[aria-labelledby="${id}-title"]`)
      expect(await figure.locator('svg[role="img"] title').count(), id).toBe(1)
      expect(await figure.locator('table tbody tr').count(), id).toBe(3)
    }
    await page.close()
    const json = (await (await fetch(`${site.url}/reports/district/2025/logs.json`)).json()) as {
      planProgress: { completed: number; started: number; stalled: number }
      engagement: { consultations: number; responses: number }
    }
    // Demo updates dated 2025: the bus station screens and the school crossing were finished.
    expect(json.planProgress.completed).toBeGreaterThanOrEqual(2)
    expect(json.engagement.responses).toBeGreaterThanOrEqual(0)
    const csv = parseCsv(await (await fetch(`${site.url}/reports/district/2025/practical-work.csv`)).text())
    expect(csv[0]).toEqual(['section', 'measure', 'value'])
    expect(csv.find((row) => row[1] === 'completed')?.[2]).toBe(String(json.planProgress.completed))
    expect(csv.find((row) => row[1] === 'responses')?.[2]).toBe(String(json.engagement.responses))
  })

  it('serves every open data file as CSV and JSON that match each other and the published snapshot', async () => {
    for (const set of OPEN_DATA_SETS) {
      const csv = parseCsv(await (await fetch(`${site.url}/open-data/${set.name}.csv`)).text())
      const json = (await (await fetch(`${site.url}/open-data/${set.name}.json`)).json()) as {
        licence: { url: string }
        columns: Array<{ name: string }>
        rows: Array<Record<string, string>>
      }
      expect(csv[0], set.name).toEqual(set.columns.map((column) => column.name))
      expect(json.columns.map((column) => column.name)).toEqual(csv[0])
      expect(json.licence.url).toMatch(/^https:\/\/creativecommons\.org\//)
      const header = csv[0]!
      const csvRows = csv
        .slice(1)
        .map((cells): Record<string, string> => Object.fromEntries(cells.map((cell, index) => [header[index]!, cell.replace(/^'(?=[=+\-@])/, '')])))
      expect(csvRows, set.name).toEqual(json.rows)
      expect(json.rows, set.name).toEqual(set.rows(snapshot))
    }
    const rowsOf = async (name: string) => ((await (await fetch(`${site.url}/open-data/${name}.json`)).json()) as { rows: Array<Record<string, string>> }).rows
    expect((await rowsOf('plans')).map((row) => row.slug).sort()).toEqual(snapshot.plans.map((plan) => plan.slug).sort())
    expect(await rowsOf('plan-actions')).toHaveLength(snapshot.plans.flatMap((plan) => plan.actions ?? []).length)
    expect((await rowsOf('partners')).map((row) => row.name).sort()).toEqual(snapshot.partners.map((partner) => partner.name).sort())
    expect((await rowsOf('influence-entries')).map((row) => row.id).sort()).toEqual(snapshot.influenceLogs.map((log) => String(log.id)).sort())
    expect((await rowsOf('consultations')).map((row) => row.slug).sort()).toEqual(snapshot.consultations.map((consultation) => consultation.slug).sort())
    const withResults = snapshot.consultations.filter((consultation) => consultation.results)
    expect(new Set((await rowsOf('consultation-results')).map((row) => row.consultation_id))).toEqual(
      new Set(withResults.map((consultation) => String(consultation.id))),
    )
    const actions = await rowsOf('plan-actions')
    expect(actions.find((row) => row.title === 'Safer crossing outside Brackenhithe Primary')).toMatchObject({
      partners: 'Wendshire County Council',
      strategy: 'Wendshire Local Transport Plan',
      member_communities: 'Brackenhithe',
      last_update: '2025-10-01',
    })
    const all = JSON.stringify(await Promise.all(OPEN_DATA_SETS.map((set) => rowsOf(set.name))))
    expect(all).not.toMatch(/@example\.org/)
  })

  it('serves the whole site’s open data as one archive holding the same files', async () => {
    // The preview server labels a .gz file as gzip-encoded, so fetch would unpack it: the archive is read as built, as a download saves it.
    expect((await fetch(`${site.url}/open-data/open-data.tar.gz`)).status).toBe(200)
    const archive = fs.readFileSync(fileFor('/open-data/open-data.tar.gz'))
    expect([...archive.subarray(0, 2)]).toEqual([0x1f, 0x8b])
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-open-data-'))
    try {
      fs.writeFileSync(path.join(dir, 'all.tar.gz'), archive)
      execFileSync('tar', ['-xzf', 'all.tar.gz'], { cwd: dir })
      const extracted = path.join(dir, 'open-data')
      expect(fs.readFileSync(path.join(extracted, 'README.txt'), 'utf8')).toContain('creativecommons.org')
      for (const set of OPEN_DATA_SETS) {
        for (const format of ['csv', 'json']) {
          // Compared as bytes: decoding as text would drop the CSV's byte-order mark.
          const served = Buffer.from(await (await fetch(`${site.url}/open-data/${set.name}.${format}`)).arrayBuffer())
          expect(fs.readFileSync(path.join(extracted, `${set.name}.${format}`)).equals(served), `${set.name}.${format}`).toBe(true)
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
