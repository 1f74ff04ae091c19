import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PARTNER_KINDS } from '../../cms/shared/options'
import { SITE_MAP_PAGE_SIZE } from '../../site/lib/paging'
import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { buildDemoSite, type BuiltSite, siteMapLinks, siteMapLinksOn } from './support/site'

const execFileAsync = promisify(execFile)

let site: BuiltSite
let browser: Browser

/** Enough partners, each with a page, to take the demo's Partners section past one page of the site map. */
const ADDED_PARTNERS = SITE_MAP_PAGE_SIZE + 5

beforeAll(async () => {
  site = await buildDemoSite(async (payload) => {
    for (let index = 1; index <= ADDED_PARTNERS; index += 1)
      await payload.create({
        collection: 'partners',
        data: { name: `Wendshire Partner ${index}`, kind: PARTNER_KINDS[index % PARTNER_KINDS.length]!.value },
        context: { siteRebuild: false },
      })
  })
  browser = await launchBrowser()
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const partnerPages = () => site.pages.filter((pagePath) => pagePath.startsWith('/partners/'))
const LISTINGS = ['/site-map/partners/', '/site-map/partners/2/']

describe('a site map section bigger than a page', () => {
  it('is linked from the overview by the pages each listing page holds, while small sections stay inline', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/site-map/`)
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Partners' }) })
    expect(await section.textContent()).toContain(`${partnerPages().length} pages, listed ${SITE_MAP_PAGE_SIZE} to a page`)
    expect(await section.getByRole('link').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]))).toEqual([
      [LISTINGS[0], `Partners, pages 1 to ${SITE_MAP_PAGE_SIZE}`],
      [LISTINGS[1], `Partners, pages ${SITE_MAP_PAGE_SIZE + 1} to ${partnerPages().length}`],
    ])
    expect(await page.getByRole('link', { name: 'Kestwick Town Plan 2024–2029' }).count()).toBe(1)
    await page.close()
  })

  it('lists every page the build wrote but the personal ones exactly once across the overview and its listing pages', () => {
    const listed = siteMapLinks(site.dir)
    const expected = site.pages.filter((pagePath) => !/^\/404|\/(thank-you|check-your-mail)\/$/.test(pagePath))
    expect([...new Set(listed)].sort()).toEqual([...expected].sort())
    expect(listed.length).toBe(new Set(listed).size)
    for (const listing of LISTINGS) expect(siteMapLinksOn(site.dir, listing).length).toBeLessThanOrEqual(SITE_MAP_PAGE_SIZE)
  })

  it('pages through its listing pages with previous and next links, and leads back to the overview, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site.url}${LISTINGS[0]}`)
    expect(await page.textContent('h1')).toBe(`Site map: Partners, pages 1 to ${SITE_MAP_PAGE_SIZE}`)
    expect(await page.locator('nav.pager a[rel="prev"]').count()).toBe(0)
    await page.locator('nav.pager a[rel="next"]').click()
    expect(new URL(page.url()).pathname).toBe(LISTINGS[1])
    expect(await page.textContent('h1')).toBe(`Site map: Partners, pages ${SITE_MAP_PAGE_SIZE + 1} to ${partnerPages().length}`)
    expect(await page.textContent('nav.pager')).toContain('Page 2 of 2')
    expect(await page.locator('nav.pager a[rel="next"]').count()).toBe(0)
    await page.locator('nav.pager a[rel="prev"]').click()
    expect(new URL(page.url()).pathname).toBe(LISTINGS[0])
    await page.getByRole('link', { name: 'Back to the whole site map' }).click()
    expect(new URL(page.url()).pathname).toBe('/site-map/')
    await context.close()
  })

  it.each(['/site-map/', ...LISTINGS])('has no WCAG 2.2 A or AA violations and reflows to 320 pixels on %s', async (urlPath) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
    await page.goto(`${site.url}${urlPath}`)
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.close()
  })

  it('passes the Nu HTML Checker on the overview and its listing pages', async () => {
    const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
    const run = await execFileAsync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--exit-zero-always', path.join(site.dir, 'site-map')])
    const { messages } = JSON.parse(run.stderr) as { messages: Array<{ url: string; message: string }> }
    expect(messages.map((message) => `${message.url.replace(`file:${site.dir}`, '')}: ${message.message}`)).toEqual([])
  }, 120_000)
})
