import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './support/browser'
import { type RunningPortal, startPortal } from './support/portal'

let portal: RunningPortal
let browser: Browser

beforeAll(async () => {
  portal = await startPortal(300_000)
  browser = await launchBrowser()
}, 320_000)
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

const signIn = async (email: string) => {
  const page = await browser.newPage()
  await page.goto(`${portal.url}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('folkmoot-demo')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${portal.url}/admin`)
  return page
}

/** A GET from inside the signed-in page, as the admin itself makes it (cookie plus same-origin headers). */
const apiGet = (page: Page, url: string) =>
  page.evaluate(async (target) => {
    const response = await fetch(target)
    return { status: response.status, text: await response.text() }
  }, url)

describe('npm start on an empty database', () => {
  it('seeds the demo district, serves the public site and prints where to sign in', async () => {
    expect(portal.output()).toContain('adding the Harrowdale demo district')
    expect(portal.output()).toMatch(/Public site: +http:\/\/localhost:\d+\/ +\(\d+ pages\)/)
    const home = await fetch(`${portal.siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Kestwick')
    expect(portal.output()).toMatch(/Admin: +http:\/\/localhost:\d+\/admin/)
    expect(portal.output()).toContain('admin@example.org')
  })

  it('sends a visitor who is not signed in to the sign-in page', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/admin/collections/subscribers`)
    await page.waitForURL(/\/admin\/login/)
    await page.close()
  })

  it('lets an editor see the seeded plans', async () => {
    const page = await signIn('editor@example.org')
    await page.goto(`${portal.url}/admin/collections/plans`)
    await page.getByRole('link', { name: 'Kestwick Town Plan 2024–2029' }).waitFor({ state: 'visible', timeout: 30_000 })
    await page.close()
  })

  it('lets a partnership member open a new influence log, with the kinds of influence explained', async () => {
    const page = await signIn('kestwick@example.org')
    await page.goto(`${portal.url}/admin/collections/influence-logs/create`)
    await page.getByText('What changed, in a line').waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByText('We changed a partner’s policy or approach').first().waitFor({ state: 'visible', timeout: 30_000 })
    expect(await page.getByText('Unauthorized').count()).toBe(0)
    await page.close()
  })

  it('lets a partnership member edit their own log, holding the admin’s lock on it in their own name', async () => {
    const page = await signIn('kestwick@example.org')
    const place = JSON.parse((await apiGet(page, `${portal.url}/api/communities?where[slug][equals]=kestwick&depth=0`)).text) as { docs: Array<{ id: number }> }
    const logs = JSON.parse((await apiGet(page, `${portal.url}/api/influence-logs?where[community][equals]=${place.docs[0]!.id}&limit=1&depth=0`)).text) as { docs: Array<{ id: number; title: string }> }
    const log = logs.docs[0]!
    await page.goto(`${portal.url}/admin/collections/influence-logs/${log.id}`)
    // The admin takes the lock when editing starts.
    await page.getByLabel('What changed, in a line').pressSequentially('!', { timeout: 30_000 })
    const me = JSON.parse((await apiGet(page, `${portal.url}/api/users/me`)).text) as { user: { id: number } }
    const holders = async () =>
      (JSON.parse((await apiGet(page, `${portal.url}/api/payload-locked-documents?where[document.value][equals]=${log.id}&depth=0`)).text) as { docs: Array<{ user: { value: number } }> }).docs.map((lock) => lock.user.value)
    for (let tries = 0; tries < 40 && (await holders()).length === 0; tries += 1) await page.waitForTimeout(250)
    expect(await holders()).toEqual([me.user.id])
    expect(await page.getByText('Unauthorized').count()).toBe(0)
    await page.close()
  })

  it('shows the seeded newsletter as sent, its mails in the outbox and its preview beside it', async () => {
    const page = await signIn('editor@example.org')
    const login = await page.request.post(`${portal.url}/api/users/login`, { data: { email: 'editor@example.org', password: 'folkmoot-demo' } })
    const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const sent = await page.request.get(`${portal.url}/api/newsletters?${new URLSearchParams({ 'where[status][equals]': 'sent', depth: '0' })}`, { headers })
    const body = await sent.text()
    expect(sent.status(), body).toBe(200)
    const [newsletter] = (JSON.parse(body) as { docs: Array<{ id: number; subject: string }> }).docs
    expect(newsletter?.subject).toMatch(/^Harrowdale news/)
    await page.goto(`${portal.url}/admin/collections/outbox`)
    await page.getByText(newsletter!.subject).first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.goto(`${portal.url}/admin/collections/newsletters/${newsletter!.id}`)
    await page.getByRole('button', { name: 'Send a test to yourself' }).waitFor({ state: 'visible', timeout: 30_000 })
    const preview = await page.request.get(`${portal.url}/api/newsletters/${newsletter!.id}/preview?format=text`, { headers })
    expect(await preview.text()).toContain('Have your say')
    await page.close()
  })

  it('keeps subscribers away from a partnership member, but not from an editor', async () => {
    const member = await signIn('kestwick@example.org')
    expect((await apiGet(member, `${portal.url}/api/subscribers`)).status).toBe(403)
    await member.close()
    const editor = await signIn('editor@example.org')
    expect((await apiGet(editor, `${portal.url}/api/subscribers`)).status).toBe(200)
    await editor.close()
  })

  it('lets an editor enter a paper response by picking questions by their wording, and download responses', async () => {
    const page = await signIn('editor@example.org')
    const query = new URLSearchParams({ 'where[reference][like]': 'R-DEMO-GORSEY', limit: '1', depth: '0' })
    const found = await apiGet(page, `${portal.url}/api/responses?${query}`)
    expect(found.status).toBe(200)
    const [response] = (JSON.parse(found.text) as { docs: Array<{ id: number; consultation: number }> }).docs
    await page.goto(`${portal.url}/admin/collections/responses/${response!.id}`)
    await page.getByText('1. How old are you?').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByText('Choice (choose one)').first().waitFor({ state: 'visible' })

    await page.goto(`${portal.url}/admin/collections/consultations/${response!.consultation}`)
    const link = page.getByRole('link', { name: 'Responses (CSV)' })
    await link.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await page.getByRole('link', { name: 'Equality monitoring (CSV)' }).count()).toBe(0)
    const csv = await apiGet(page, (await link.getAttribute('href'))!)
    expect(csv.status).toBe(200)
    expect(csv.text).toContain('reference,received,channel,moderation,How old are you?')
    await page.close()
  })
})
