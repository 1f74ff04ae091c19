import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { buildDemoSite, builtFileFor, type BuiltSite, siteMapLinks } from './support/site'
import { DEMO_SITE_SETTINGS } from '../../cms/seed/content/site-settings'

const execFileAsync = promisify(execFile)

let site: BuiltSite
let browser: Browser

// An installation's own source address, as an operator of a modified copy would set it.
const SOURCE_URL = 'https://code.example.org/harrowdale/folkmoot'

beforeAll(async () => {
  process.env.SOURCE_URL = SOURCE_URL
  site = await buildDemoSite()
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/** One page of each type, with text its seeded content must show. */
const PAGE_TYPES: Array<[string, string, string]> = [
  ['home', '/', 'Our communities, planning together'],
  ['communities A to Z', '/communities/', 'Farthingdale'],
  ['community', '/communities/kestwick/', 'Kestwick Town Plan 2024–2029'],
  ['cluster', '/clusters/wend-valley-parishes/', 'Brackenhithe'],
  ['plan', '/plans/kestwick-town-plan-2024-2029/', 'Priorities'],
  ['replaced plan', '/plans/kestwick-town-plan-2019-2023/', 'has been replaced by'],
  ['consultations', '/consultations/', 'Open now'],
  ['consultations in one community', '/consultations/in/kestwick/', 'Consultations in Kestwick'],
  ['consultation', '/consultations/what-should-replace-the-kestwick-skate-park/', 'The questions'],
  ['open consultation', '/consultations/gorsey-bank-youth-space-make-it-yours/', 'Send my answers'],
  ['closed consultation', '/consultations/millrace-flooding-where-does-the-water-go/', 'What people told us'],
  ['consultation results', '/consultations/kestwick-high-street-what-would-bring-you-back/', 'Kestwick Town Plan 2024–2029'],
  ['cluster consultation results by parish', '/consultations/wend-valley-joint-plan-one-year-on-what-comes-next/', 'Community by community'],
  ['events', '/events/', 'Coming up'],
  ['paper questionnaire', '/consultations/heat-power-and-charging-in-the-wend-valley/paper/', 'For office use'],
  ['event', '/events/joint-plan-drop-in-at-brackenhithe-village-hall/', 'Responses collected here'],
  ['consultation thank-you', '/consultations/gorsey-bank-youth-space-make-it-yours/thank-you/', 'What happens next'],
  ['guidance', '/guidance/', 'Start a community-led plan'],
  ['toolkit', '/guidance/start-a-community-led-plan/', 'Checklist for the whole toolkit'],
  ['toolkit step', '/guidance/start-a-community-led-plan/2/', 'Step 2 of'],
  ['toolkit step with a template', '/guidance/start-a-community-led-plan/1/', 'First meeting sign-in sheet (template)'],
  ['toolkit audience', '/guidance/start-a-community-led-plan/', 'Who this is for'],
  ['achievements', '/achievements/', 'How the change came about'],
  ['annual reports', '/reports/', 'Annual achievement reports'],
  ['district report', '/reports/district/2025/', 'Compared with 2024'],
  ['community report', '/reports/communities/kestwick/2025/', 'Kinds of influence'],
  ['cluster report', '/reports/clusters/wend-valley-parishes/2025/', 'Five parishes, one joint plan'],
  ['search', '/search/', 'Communities A to Z'],
  ['newsletter sign-up', '/newsletter/', 'Communities to hear about'],
  ['newsletter check your mail', '/newsletter/check-your-mail/', 'Check your mail'],
  ['not found', '/no-such-page/', 'Page not found'],
  ['accessibility statement', '/accessibility/', 'Enforcement procedure'],
  ['privacy notice', '/privacy/', 'Article 9'],
  ['contact', '/contact/', 'plans@harrowdale.example.org'],
  ['site map', '/site-map/', 'Kestwick Town Plan 2024–2029'],
  ['follow by feed', '/feeds/', 'feed reader'],
  ['glossary', '/glossary/', 'Local Place Plan'],
]

const fileFor = (urlPath: string): string => builtFileFor(site.dir, urlPath)

describe('the public site', () => {
  it.each(PAGE_TYPES)('renders the %s page with its content', async (_type, urlPath, text) => {
    const page = await browser.newPage()
    const response = await page.goto(`${site.url}${urlPath}`)
    expect(response?.status()).toBe(urlPath === '/no-such-page/' ? 404 : 200)
    expect(await page.textContent('main')).toContain(text)
    await page.close()
  })

  it.each(PAGE_TYPES)('has no WCAG 2.2 A or AA violations on the %s page (axe)', async (_type, urlPath) => {
    const page = await browser.newPage()
    await page.goto(`${site.url}${urlPath}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it.each(PAGE_TYPES)('reflows the %s page to a 320 pixel wide screen, as at 400 percent zoom, without sideways scrolling', async (_type, urlPath) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
    await page.goto(`${site.url}${urlPath}`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.close()
  })

  it('has an accessibility check that does catch violations', async () => {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><html lang="en"><title>Bad</title><main><img src="/x.png"><a href="/"></a></main></html>')
    expect((await axeViolations(page)).map((violation) => violation.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']))
    await page.close()
  })

  it('offers its source code from the footer of every page (AGPL section 13)', () => {
    const without = site.pages.filter((pagePath) => {
      const footer = /<footer[\s\S]*<\/footer>/.exec(fs.readFileSync(fileFor(pagePath), 'utf8'))?.[0] ?? ''
      return !footer.includes(`<a href="${SOURCE_URL}">Source code</a>`)
    })
    expect(site.pages.length).toBeGreaterThan(40)
    expect(without).toEqual([])
  })

  it('offers every event as an iCalendar feed that a calendar can read', async () => {
    const { default: ICAL } = await import('ical.js')
    const response = await fetch(`${site.url}/feeds/events.ics`)
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[])
    // Subscribers see the install's name in their calendar list; PRODID still names the software.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${DEMO_SITE_SETTINGS.name} events`)
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events.map((event) => event.summary)).toContain('Drop-in: Joint plan drop-in at Brackenhithe village hall')
    expect(events.every((event) => event.startDate.compare(event.endDate) < 0)).toBe(true)
  })

  it('links only to pages and files that exist', () => {
    const broken: string[] = []
    for (const pagePath of site.pages) {
      const html = fs.readFileSync(fileFor(pagePath), 'utf8')
      for (const [, href] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
        if (href && !fs.existsSync(fileFor(href))) broken.push(`${pagePath} -> ${href}`)
      }
    }
    expect(site.pages.length).toBeGreaterThan(40)
    expect(broken).toEqual([])
  })

  it('offers every report’s entries as CSV and JSON with the columns the page documents', async () => {
    const reports = site.pages.filter((pagePath) => /^\/reports\/.+\/\d{4}\/$/.test(pagePath))
    expect(reports.length).toBeGreaterThan(10)
    for (const report of reports) {
      expect(fs.existsSync(fileFor(`${report}logs.csv`)), report).toBe(true)
      expect(fs.existsSync(fileFor(`${report}logs.json`)), report).toBe(true)
    }
    const csv = await (await fetch(`${site.url}/reports/communities/kestwick/2025/logs.csv`)).text()
    const json = (await (await fetch(`${site.url}/reports/communities/kestwick/2025/logs.json`)).json()) as {
      columns: Array<{ name: string }>
      entries: Array<Record<string, string>>
    }
    const header = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',')
    expect(header).toEqual(json.columns.map((column) => column.name))
    expect(json.entries.length).toBeGreaterThan(3)
    expect(json.entries.every((entry) => entry.owner === 'Kestwick')).toBe(true)
    expect(csv).not.toMatch(/@example\.org/)
    const page = fs.readFileSync(fileFor('/reports/communities/kestwick/2025/'), 'utf8')
    for (const column of header) expect(page).toContain(`<code>${column}</code>`)
  })

  it('prints a report on A4 without the site’s navigation, with every chart beside its table', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/reports/district/2025/`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('#open-data').isVisible()).toBe(false)
    const charts = await page
      .locator('figure.chart')
      .evaluateAll((figures) =>
        figures.map((figure) => ({ svg: Boolean(figure.querySelector('svg[role="img"] title')), table: Boolean(figure.querySelector('table')) })),
      )
    expect(charts.length).toBeGreaterThanOrEqual(3)
    expect(charts.every((chart) => chart.svg && chart.table)).toBe(true)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })

  it('prints a consultation’s paper questionnaire on A4 with every question, where people live, About you and a box for the reference', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/consultations/heat-power-and-charging-in-the-wend-valley/paper/`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    const printed = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
    for (const text of [
      'How do you mainly heat your home?',
      'Tick all that apply.',
      '1 (not worried at all)',
      '5 (very worried)',
      'Which community do you live in?',
      'Hobble End',
      'How old are you?',
      'For office use. Reference',
      'Post it to: Wend Valley Coordinator',
    ])
      expect(printed).toContain(text)
    expect(await page.locator('.reference-box .write-box').isVisible()).toBe(true)
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1')
    expect(pdf.startsWith('%PDF-')).toBe(true)
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(1)
    expect(pages.length).toBeLessThanOrEqual(4)
    // A4 is 595.3 by 841.9 points; Chromium rounds the page to whole CSS pixels.
    const [, width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf) ?? []
    expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2)
    expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2)
    await page.close()
  })

  it('sends no JavaScript with any page but the search page, which works without it too', () => {
    const withScripts = site.pages.filter((pagePath) => /<script/i.test(fs.readFileSync(fileFor(pagePath), 'utf8')))
    expect(withScripts).toEqual(['/search/'])
  })

  it('lists every page but the personal ones in the sitemap, and serves feeds that parse as Atom', async () => {
    const sitemap = fs.readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8')
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname))
    const personal = (pagePath: string) => /\/(thank-you|check-your-mail)\/$/.test(pagePath)
    expect(site.pages.filter((pagePath) => pagePath !== '/404.html' && !personal(pagePath) && !listed.has(pagePath))).toEqual([])
    expect([...listed].filter(personal)).toEqual([])
    const page = await browser.newPage()
    for (const feed of ['/feeds/consultations.xml', '/feeds/achievements.xml']) {
      const xml = await (await fetch(`${site.url}${feed}`)).text()
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          entries: doc.getElementsByTagName('entry').length,
        }
      }, xml)
      expect(parsed).toMatchObject({ error: null, root: 'feed' })
      expect(parsed.entries).toBeGreaterThan(0)
      // Each entry links to a page of its own on this site.
      const links = [...xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map(([, href]) => new URL(href!).pathname)
      expect(new Set(links).size).toBe(links.length)
      expect(links.filter((link) => !fs.existsSync(fileFor(link)))).toEqual([])
    }
    await page.close()
  })

  it('gets a keyboard user without JavaScript from the home page to a community, its plan and an action', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site.url}/`)
    const follow = async (name: string) => {
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
        if (focused === name) {
          await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])
          return
        }
      }
      throw new Error(`Could not reach the link "${name}" with the Tab key.`)
    }
    await follow('Communities')
    await follow('Kestwick')
    await follow('Kestwick Town Plan 2024–2029')
    expect(await page.locator('h4').first().textContent()).toBeTruthy()
    expect(page.url()).toContain('/plans/kestwick-town-plan-2024-2029/')
    await context.close()
  })

  it('gets a keyboard user without JavaScript to an open consultation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site.url}/consultations/`)
    const openSection = page.locator('section[aria-labelledby="phase-open"] a').first()
    const title = (await openSection.textContent())?.trim() ?? ''
    await openSection.focus()
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])
    expect(await page.textContent('h1')).toBe(title)
    expect(await page.textContent('main')).toContain('Open now')
    await context.close()
  })

  it('passes the Nu HTML Checker with no errors on any page', async () => {
    // One Java run over the whole built site: vnu reads every .html file under the folder, which
    // can take over a minute on a busy machine.
    const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
    const run = await execFileAsync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', '--exit-zero-always', site.dir], {
      maxBuffer: 64 * 1024 * 1024,
    })
    const { messages } = JSON.parse(run.stderr) as { messages: Array<{ type: string; url: string; message: string }> }
    expect(site.pages.length).toBeGreaterThan(40)
    expect(messages.map((message) => `${message.url.replace(`file:${site.dir}`, '')}: ${message.message}`)).toEqual([])
  }, 240_000)

  it('has a Nu HTML Checker that does catch errors', async () => {
    const dir = fs.mkdtempSync(path.join(site.dir, '..', 'vnu-'))
    fs.writeFileSync(path.join(dir, 'bad.html'), '<!doctype html><html lang="en"><title>Bad</title><p style="vector-effect: none">x</p><div><p></div>')
    const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
    const run = await execFileAsync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--exit-zero-always', dir])
    expect((JSON.parse(run.stderr) as { messages: unknown[] }).messages.length).toBeGreaterThan(0)
  })

  it('keeps chart labels at least 12 CSS pixels on a 375 pixel wide phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } })
    const sizes: number[] = []
    for (const report of ['/reports/district/2025/', '/reports/communities/kestwick/2025/']) {
      await page.goto(`${site.url}${report}`)
      // The text's font size times how far the SVG is scaled to fit: what the eye sees.
      sizes.push(
        ...(await page
          .locator('figure.chart svg text')
          .evaluateAll((texts) => texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * ((text as SVGTextElement).getScreenCTM()?.a ?? 0)))),
      )
    }
    expect(sizes.length).toBeGreaterThan(10)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    await page.close()
  })

  it('shows the install’s own name from Site settings on every page, and Folkmoot only as “powered by”', () => {
    const without: string[] = []
    const stray: string[] = []
    for (const pagePath of site.pages) {
      const html = fs.readFileSync(fileFor(pagePath), 'utf8')
      if (!html.includes(`>${DEMO_SITE_SETTINGS.name}</a>`) || !html.includes(`${DEMO_SITE_SETTINGS.name} is run by ${DEMO_SITE_SETTINGS.organisation}`))
        without.push(pagePath)
      const rest = html.replaceAll('Powered by Folkmoot', '').replaceAll(SOURCE_URL, '')
      if (/folkmoot/i.test(rest)) stray.push(pagePath)
    }
    expect(site.pages.length).toBeGreaterThan(40)
    expect(without).toEqual([])
    expect(stray).toEqual([])
  })

  it('links the footer of every page to the accessibility statement, privacy notice, contact page and HTML site map', () => {
    const missing = site.pages.filter((pagePath) => {
      const footer = /<footer[\s\S]*<\/footer>/.exec(fs.readFileSync(fileFor(pagePath), 'utf8'))?.[0] ?? ''
      return !['/accessibility/', '/privacy/', '/contact/', '/site-map/', '/feeds/', '/glossary/'].every((href) => footer.includes(`href="${href}"`))
    })
    expect(missing).toEqual([])
  })

  it('lists the pages in the HTML site map from the list the build checks, so new pages appear by themselves', () => {
    const listed = siteMapLinks(site.dir)
    const expected = site.pages.filter((pagePath) => !/^\/404|\/(thank-you|check-your-mail)\/$/.test(pagePath))
    expect(expected.filter((pagePath) => !listed.includes(pagePath))).toEqual([])
    // The demo's sections are all small: its site map is one page.
    expect(site.pages.filter((pagePath) => pagePath.startsWith('/site-map/') && pagePath !== '/site-map/')).toEqual([])
  })

  it('gives each achievement a page of its own, which its card links to', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/achievements/`)
    const card = page.locator('.card h3 a').first()
    const title = (await card.textContent())?.trim()
    await Promise.all([page.waitForURL(/\/achievements\/entry\/[^/]+\/$/), card.click()])
    expect(await page.textContent('h1')).toBe(title)
    expect(await page.textContent('main')).toContain('What changed')
    await page.close()
  })

  it('links a planning term to the glossary where it first appears, and only there', () => {
    const html = fs.readFileSync(fileFor('/plans/kestwick-town-plan-2024-2029/'), 'utf8')
    expect(html.match(/<a class="term" href="\/glossary\/#ldp">/g)).toHaveLength(1)
  })

  it('offers a favicon, a web manifest and sharing tags with the install’s name', async () => {
    const html = fs.readFileSync(fileFor('/'), 'utf8')
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">')
    expect(html).toContain(`<meta property="og:site_name" content="${DEMO_SITE_SETTINGS.name}">`)
    expect(html).toMatch(/<meta property="og:image" content="http[^"]+\/sharing\.png">/)
    const manifest = (await (await fetch(`${site.url}/site.webmanifest`)).json()) as { name: string }
    expect(manifest.name).toBe(DEMO_SITE_SETTINGS.name)
    const image = await fetch(`${site.url}/sharing.png`)
    expect(image.headers.get('content-type')).toBe('image/png')
  })
})
