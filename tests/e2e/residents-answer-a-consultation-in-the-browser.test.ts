import { getPayload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { freePort } from '../support/freePort'
import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { type BuiltSite, buildDemoSite } from './support/site'

let site: BuiltSite
let api: ApiServer
let browser: Browser

const CONSULTATION = '/consultations/gorsey-bank-youth-space-make-it-yours/'

beforeAll(async () => {
  // The pages carry the form's address, so the CMS's address is fixed before the site is built.
  const apiPort = await freePort()
  process.env.SERVER_URL = `http://127.0.0.1:${apiPort}`
  site = await buildDemoSite()
  process.env.SITE_URL = site.url
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config, { port: apiPort })
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await api?.stop()
  await site?.stop()
})

const responsesSaying = async (text: string) => {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'responses', where: { 'answers.text': { equals: text } }, depth: 0 })
  return docs
}

describe.each([
  ['without JavaScript', false],
  ['with JavaScript', true],
])('a resident %s', (_label, javaScriptEnabled) => {
  it('sends a form with a mistake, is shown what to fix with their answers kept, fixes it and is thanked', async () => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`${site.url}${CONSULTATION}`)
    const idea = `Open on Fridays (${javaScriptEnabled ? 'with' : 'without'} JS)`

    // Skip the required age question on purpose.
    await page.getByRole('group', { name: 'What would you want to do there?' }).getByLabel('Gaming').check()
    await page.getByRole('group', { name: 'How safe do you feel out on the estate in the evening?' }).getByLabel('4').check()
    await page.getByRole('textbox', { name: 'What would make you actually go?' }).fill(idea)
    await Promise.all([page.waitForURL(`${api.url}/**`), page.getByRole('button', { name: 'Send my answers' }).click()])

    const summary = page.getByRole('alert')
    await expect.poll(() => summary.textContent()).toContain('Choose an answer to "How old are you?".')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('error-summary-title')
    expect(await page.getByRole('textbox', { name: 'What would make you actually go?' }).inputValue()).toBe(idea)
    expect(await page.getByRole('group', { name: 'What would you want to do there?' }).getByLabel('Gaming').isChecked()).toBe(true)
    // axe is a script, which this page's policy (and a no-JS browser) rightly refuses: check a copy.
    const copy = await browser.newPage()
    await copy.setContent(await page.content())
    expect(await axeViolations(copy)).toEqual([])
    await copy.close()

    await page.getByRole('link', { name: 'Choose an answer to "How old are you?".' }).click()
    await page.getByRole('group', { name: 'How old are you?' }).getByLabel('14 to 16').check()
    await Promise.all([page.waitForURL(`${api.url}/**/thank-you?**`), page.getByRole('button', { name: 'Send my answers' }).click()])

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you, we have your answers')
    const [stored] = await responsesSaying(idea)
    expect(await page.getByRole('status').textContent()).toContain(`Your reference is ${stored!.reference}`)
    expect(stored).toMatchObject({ channel: 'online', moderation: 'pending' })
    expect(stored!.answers).toHaveLength(4)
    await context.close()
  })
})
