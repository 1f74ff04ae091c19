import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from './support/axe'
import { launchBrowser } from './support/browser'
import { type RunningPortal, startPortal } from './support/portal'

let portal: RunningPortal
let browser: Browser
let context: BrowserContext
/** Every request the admin tried to make beyond this machine, aborted. */
const outside: string[] = []

const isLoopback = (address: string) => {
  const { protocol, hostname } = new URL(address)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname)
}

beforeAll(async () => {
  portal = await startPortal(300_000)
  browser = await launchBrowser()
  context = await browser.newContext()
  await context.route('**/*', (route) => {
    const address = route.request().url()
    if (isLoopback(address)) return route.continue()
    outside.push(address)
    return route.abort('internetdisconnected')
  })
}, 320_000)
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

const signIn = async (email: string): Promise<Page> => {
  const page = await context.newPage()
  await page.goto(`${portal.url}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('folkmoot-demo')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${portal.url}/admin`)
  return page
}

const firstId = async (page: Page, collection: string, query: Record<string, string>) => {
  const response = await page.request.get(`${portal.url}/api/${collection}?${new URLSearchParams({ ...query, limit: '1', depth: '0' })}`)
  return ((await response.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
}

describe('the admin without internet', () => {
  it('shows an Outbox message’s HTML, headers and plain text, fetching nothing from beyond this machine', async () => {
    const page = await signIn('admin@example.org')
    const id = await firstId(page, 'outbox', { 'where[subject][like]': 'Harrowdale news' })
    await page.goto(`${portal.url}/admin/collections/outbox/${id}`)
    const html = page.frameLocator('iframe[title="The mail as its reader sees it"]')
    await html.getByText('Have your say').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByText('List-Unsubscribe', { exact: true }).waitFor({ state: 'visible' })
    // The plain text's addresses are links, not words in a read-only box.
    expect(await page.locator('pre a[href*="unsubscribe"]').count()).toBeGreaterThan(0)
    expect(await page.locator('textarea').count()).toBe(0)
    expect(await axeViolations(page, '.document-fields__main')).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('shows a community’s boundary as a shape, fetching nothing from beyond this machine', async () => {
    const page = await signIn('editor@example.org')
    const id = await firstId(page, 'communities', { 'where[slug][equals]': 'kestwick' })
    await page.goto(`${portal.url}/admin/collections/communities/${id}`)
    const preview = page.getByRole('img', { name: /^One shape, about [\d.]+ km east to west/ })
    await preview.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await axeViolations(page, '#boundary-preview')).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })
})
