import axe from 'axe-core'
import { type Payload, getPayload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../support/freePort'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type SmtpSink, startSmtpSink } from '../int/support/smtpSink'
import { linkIn, rawHeader } from '../int/support/subscriptions'
import { launchBrowser } from './support/browser'
import { type BuiltSite, buildDemoSite } from './support/site'

const READER = 'journey@example.org'

let sink: SmtpSink
let site: BuiltSite
let api: ApiServer
let browser: Browser
let context: BrowserContext
let payload: Payload

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  // The site is built with its form posting to the CMS, so the CMS address must be known first.
  const port = await freePort()
  process.env.SERVER_URL = `http://127.0.0.1:${port}`
  site = await buildDemoSite()
  process.env.SITE_URL = site.url
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  api = await startApiServer(config, { port })
  browser = await launchBrowser()
  // No JavaScript: the whole journey works with plain forms and links.
  context = await browser.newContext({ javaScriptEnabled: false })
}, 400_000)
afterAll(async () => {
  await context?.close()
  await browser?.close()
  await api?.stop()
  await site?.stop()
  await sink?.stop()
  for (const name of ['SMTP_URL', 'SERVER_URL', 'SITE_URL']) delete process.env[name]
})

const mailsTo = (address: string) => sink.messages.filter((mail) => !Array.isArray(mail.to) && mail.to?.value.some((to) => to.address === address))

const waitForMailTo = async (address: string, count: number) => {
  for (let waited = 0; waited < 100 && mailsTo(address).length < count; waited += 1) await new Promise((resolve) => setTimeout(resolve, 100))
  return mailsTo(address)
}

/** axe needs script, so the page the resident saw is checked again in a context that allows it (CSP bypassed to inject axe). */
const axeViolations = async (seen: Page) => {
  const checker = await browser.newContext({ bypassCSP: true })
  const page = await checker.newPage()
  await page.goto(seen.url())
  await page.addScriptTag({ content: axe.source })
  const violations = await page.evaluate(async () => {
    const { axe: engine } = window as unknown as { axe: typeof axe }
    const result = await engine.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  })
  await checker.close()
  return violations
}

const sendNewsletterToKestwick = async (subject: string) => {
  const kestwick = (await payload.find({ collection: 'communities', where: { slug: { equals: 'kestwick' } }, depth: 0 })).docs[0]!
  await payload.create({
    collection: 'newsletters',
    depth: 0,
    data: {
      subject,
      intro: 'News from Kestwick.',
      audience: { kind: 'communities', communities: [kestwick.id] },
      content: { mode: 'digest' },
      status: 'scheduled',
      scheduledFor: new Date().toISOString(),
    },
  })
  await payload.jobs.run({ queue: 'newsletters' })
}

describe('a resident without JavaScript', () => {
  it('signs up on the site, confirms from the mail, gets the newsletter and leaves with one click', async () => {
    const page = await context.newPage()
    await page.goto(`${site.url}/newsletter/`)
    await page.getByLabel('Your email address').fill(READER)
    await page.getByLabel('Kestwick', { exact: true }).check()
    // Forgetting the consent box brings the form back with a sentence, and with what was typed.
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Subscribe' }).click()])
    expect(await page.getByRole('alert').textContent()).toContain('Tick the box to agree to receive newsletters.')
    expect(await page.getByLabel('Your email address').inputValue()).toBe(READER)
    expect(await page.getByLabel('Kestwick', { exact: true }).isChecked()).toBe(true)
    expect(await page.getByRole('group', { name: 'Your agreement' }).textContent()).toContain('privacy notice')
    await page.locator('#consent').check()
    await Promise.all([page.waitForURL(`${site.url}/newsletter/check-your-mail/`), page.getByRole('button', { name: 'Subscribe' }).click()])
    expect(await page.textContent('h1')).toBe('Check your mail')

    const [confirmation] = await waitForMailTo(READER, 1)
    expect(confirmation!.text).toContain('Kestwick')
    await page.goto(linkIn(confirmation!, 'confirm'))
    expect(await page.textContent('h1')).toBe('Confirm your subscription')
    expect(await axeViolations(page)).toEqual([])
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Confirm my subscription' }).click()])
    await page.waitForSelector('text=You are subscribed')
    expect((await payload.find({ collection: 'subscribers', where: { email: { equals: READER } }, depth: 0 })).docs[0]?.status).toBe('confirmed')

    await page.goto(linkIn(confirmation!, 'confirm').replace('/confirm?', '/preferences?'))
    expect(await page.textContent('main')).toContain('This link does not work')

    await sendNewsletterToKestwick('Kestwick news, first issue')
    const [, newsletter] = await waitForMailTo(READER, 2)
    expect(newsletter!.subject).toBe('Kestwick news, first issue')
    expect(newsletter!.text).toBeTruthy()
    await page.goto(linkIn(newsletter!, 'preferences'))
    expect(await page.getByLabel('Kestwick', { exact: true }).isChecked()).toBe(true)
    expect(await axeViolations(page)).toEqual([])

    // What a mail program does with List-Unsubscribe-Post: a bare POST, no cookies, no page.
    const oneClick = rawHeader(newsletter!, 'List-Unsubscribe')!.slice(1, -1)
    expect(rawHeader(newsletter!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const response = await fetch(oneClick, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(response.status).toBe(200)

    await sendNewsletterToKestwick('Kestwick news, second issue')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailsTo(READER)).toHaveLength(2)
    expect(sink.messages.some((mail) => mail.subject === 'Kestwick news, second issue')).toBe(true)
    await page.close()
  }, 120_000)
})
