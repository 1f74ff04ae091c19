import axe from 'axe-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, writeSnapshot } from '../../cms/export/publishSite'
import { signConfirmationLink } from '../../cms/partner-confirmation/confirmationRequests'
import type { InfluenceLog, User } from '../../cms/payload-types'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type SmtpSink, startSmtpSink } from '../int/support/smtpSink'
import { launchBrowser } from './support/browser'
import { type BuiltSite, buildDemoSite } from './support/site'

let sink: SmtpSink
let site: BuiltSite
let api: ApiServer
let browser: Browser
let member: User

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  site = await buildDemoSite()
  api = await startApiServer(site.payload.config)
  process.env.SERVER_URL = api.url
  browser = await launchBrowser()
  const { docs } = await site.payload.find({ collection: 'users', where: { email: { equals: 'kestwick@example.org' } }, depth: 0, limit: 1 })
  member = docs[0]!
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await api?.stop()
  await site?.stop()
  await sink?.stop()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})

const year = new Date().getUTCFullYear()

/** A Kestwick volunteer logs a new entry, as the admin would save it for them. */
const logAsMember = async (title: string): Promise<InfluenceLog> => {
  const { docs } = await site.payload.find({ collection: 'partners', where: { slug: { equals: 'harrowdale-district-council' } }, depth: 0, limit: 1 })
  return site.payload.create({
    collection: 'influence-logs',
    user: member,
    overrideAccess: false,
    depth: 0,
    data: {
      title,
      date: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString(),
      partner: docs[0]!.id,
      whatChanged: 'The district agreed to empty the market square bins on Sunday evenings as well.',
      method: 'relationships',
      kind: 'got-others-to-deliver',
      outputs: [{ text: 'Sunday evening bin round' }],
      outcomes: [],
      partnerConfirmation: { status: 'unconfirmed' },
      _status: 'published',
    },
  })
}

const askPartner = async (log: InfluenceLog): Promise<string> => {
  const before = sink.messages.length
  await site.payload.update({ collection: 'influence-logs', id: log.id, user: member, overrideAccess: false, data: { askPartnerToConfirm: true } })
  await site.payload.jobs.run({ queue: 'mail' })
  // The demo seed's newsletter went through the same server first: look only at what came after.
  const mail = (await sink.waitForMessages(before + 1))[before]!
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined).toBe('priya.halloran@example.org')
  expect(mail.subject).toBe(`Please confirm: ${log.title}`)
  const link = /https?:\/\/\S+partner-confirmation\?token=[\w.-]+/.exec(mail.text ?? '')?.[0]
  expect(mail.html).toContain(link?.replace(/&/g, '&amp;'))
  return link!
}

describe('asking a partner to confirm an entry', () => {
  it('mails the partner, who confirms in the browser without script, and the rebuilt site says so', async () => {
    const log = await logAsMember('Market square bins emptied on Sunday evenings too')
    const link = await askPartner(log)

    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    expect((await page.goto(link))?.status()).toBe(200)
    expect(await page.textContent('h1')).toBe('Is this a fair record?')
    expect(await page.textContent('main')).toContain('Market square bins emptied on Sunday evenings too')
    await page.getByRole('button', { name: 'Confirm this entry' }).click()
    await page.waitForLoadState()
    expect(await page.textContent('h1')).toBe('Thank you for confirming')

    const reused = await page.goto(link)
    expect(reused?.status()).toBe(409)
    expect(await page.textContent('h1')).toBe('This link has already been used')
    await context.close()

    await writeSnapshot(site.payload)
    await buildSite()
    const report = await browser.newPage()
    expect((await report.goto(`${site.url}/reports/communities/kestwick/${year}/`))?.status()).toBe(200)
    const entry = report.locator('.report-entries > li', { hasText: 'Market square bins emptied on Sunday evenings too' })
    expect(await entry.textContent()).toContain('Confirmed by Harrowdale District Council')
    await report.close()
  })

  it('shows the partner a form with no accessibility violations, and explains a missing comment', async () => {
    const log = await logAsMember('Sunday bin round extended to the bus station')
    const link = await askPartner(log)
    // The page's CSP forbids every script; axe is injected for the check only.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(link)
    await page.addScriptTag({ content: axe.source })
    const violations = await page.evaluate(async () => {
      const { axe: engine } = window as unknown as { axe: typeof axe }
      const result = await engine.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return result.violations.map((violation) => violation.id)
    })
    expect(violations).toEqual([])
    await page.getByRole('button', { name: 'Dispute this entry' }).click()
    await page.waitForLoadState()
    expect(await page.textContent('.error-summary')).toContain('Say what is not right')
    await page.getByLabel('Your comment').fill('The round starts next month, not this one.')
    await page.getByRole('button', { name: 'Dispute this entry' }).click()
    await page.waitForLoadState()
    expect(await page.textContent('h1')).toBe('Thank you: your comment was sent')
    await context.close()
  })

  it('refuses an expired link with a page that says so', async () => {
    const log = await logAsMember('Recycling bank moved away from the school gate')
    await askPartner(log)
    const { requestId } = (await site.payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0, showHiddenFields: true })).partnerConfirmation
    const longAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000)
    const page = await browser.newPage()
    const response = await page.goto(`${api.url}/api/partner-confirmation?token=${signConfirmationLink(log.id, requestId!, longAgo)}`)
    expect(response?.status()).toBe(410)
    expect(await page.textContent('h1')).toBe('This link has expired')
    await page.close()
  })
})
