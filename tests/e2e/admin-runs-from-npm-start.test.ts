import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'

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
    const logs = JSON.parse((await apiGet(page, `${portal.url}/api/influence-logs?where[community][equals]=${place.docs[0]!.id}&limit=1&depth=0`)).text) as {
      docs: Array<{ id: number; title: string }>
    }
    const log = logs.docs[0]!
    await page.goto(`${portal.url}/admin/collections/influence-logs/${log.id}`)
    const me = JSON.parse((await apiGet(page, `${portal.url}/api/users/me`)).text) as { user: { id: number } }
    const holders = async () =>
      (
        JSON.parse((await apiGet(page, `${portal.url}/api/payload-locked-documents?where[document.value][equals]=${log.id}&depth=0`)).text) as {
          docs: Array<{ user: { value: number } }>
        }
      ).docs.map((lock) => lock.user.value)
    // The admin takes the lock when editing starts. On a busy machine a key pressed before the
    // form has hydrated starts nothing, so keep typing until the lock appears (or 60 s pass).
    const field = page.getByLabel('What changed, in a line')
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && (await holders()).length === 0;) {
      await field.pressSequentially('!', { timeout: 30_000 })
      await page.waitForTimeout(1_000)
    }
    expect(await holders()).toEqual([me.user.id])
    expect(await page.getByText('Unauthorized').count()).toBe(0)
    await page.close()
  }, 120_000)

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

describe('npm start keeps the admin safe and its trace', () => {
  it('forbids other sites to frame the admin and the API', async () => {
    for (const address of [`${portal.url}/admin/login`, `${portal.url}/api/plans`]) {
      const response = await fetch(address)
      expect(response.headers.get('content-security-policy'), address).toContain("frame-ancestors 'self'")
      expect(response.headers.get('x-frame-options'), address).toBe('SAMEORIGIN')
    }
  })

  it('keeps the admin server output in the log it names', () => {
    expect(portal.output()).toContain('(its log: ')
    expect(fs.readFileSync(portal.adminLog, 'utf8')).toContain('Admin server listening on')
  })

  it('ignores a forged X-Forwarded-For: failed sign-ins are counted by the connection they come from', async () => {
    const port = new URL(portal.url).port
    /** A wrong sign-in from one loopback address; Linux answers on all of 127.0.0.0/8. */
    const wrongSignIn = (from: string, forwardedFor: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ email: 'admin@example.org', password: 'a guess' })
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/users/login',
            method: 'POST',
            localAddress: from,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': forwardedFor },
          },
          (response) => {
            response.resume()
            resolve(response.statusCode ?? 0)
          },
        )
        request.on('error', reject)
        request.end(body)
      })
    const statuses: number[] = []
    for (let i = 1; i <= 21; i += 1) statuses.push(await wrongSignIn('127.0.0.2', `203.0.113.${i}`))
    expect(statuses).toEqual([...Array(20).fill(401), 429])
    // Another connection's address still has its own allowance: the limit follows the peer, not one shared key.
    expect(await wrongSignIn('127.0.0.3', '203.0.113.1')).toBe(401)
  })
})

describe('refusals in the production build', () => {
  const signInByApi = async (email: string) => {
    const login = await fetch(`${portal.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'folkmoot-demo' }),
    })
    return { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  }
  const firstId = async (collection: string, where: Record<string, string>, headers: Record<string, string>) => {
    const found = await fetch(`${portal.url}/api/${collection}?${new URLSearchParams({ ...where, limit: '1', depth: '0' })}`, { headers })
    return ((await found.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
  }
  const upload = (headers: Record<string, string>, file: Blob, name: string) => {
    const form = new FormData()
    form.append('file', file, name)
    form.append('_payload', JSON.stringify({ alt: 'A test upload' }))
    return fetch(`${portal.url}/api/media`, { method: 'POST', headers, body: form })
  }
  const messageOf = async (response: Response) => ((await response.json()) as { errors?: Array<{ message: string }> }).errors?.[0]?.message

  it('says what still uses a plan, partner or community it refuses to delete, with a 409', async () => {
    const headers = await signInByApi('admin@example.org')
    const refuse = async (collection: string, id: number) => {
      const response = await fetch(`${portal.url}/api/${collection}/${id}`, { method: 'DELETE', headers })
      return { status: response.status, message: await messageOf(response) }
    }
    const plan = await firstId('plans', { 'where[slug][equals]': 'kestwick-town-plan-2024-2029' }, headers)
    expect(await refuse('plans', plan)).toEqual({
      status: 409,
      message: expect.stringMatching(/^This plan is still used by 1 consultation’s “What followed” \(“.+”\)\. Change or delete those first\.$/),
    })
    const logs = await fetch(`${portal.url}/api/influence-logs?${new URLSearchParams({ limit: '1', depth: '0' })}`, { headers })
    const partner = ((await logs.json()) as { docs: Array<{ partner: number }> }).docs[0]!.partner
    expect(await refuse('partners', partner)).toEqual({
      status: 409,
      message: expect.stringMatching(/^This partner is still used by .+\. Change or delete those first\.$/),
    })
    const kestwick = await firstId('communities', { 'where[slug][equals]': 'kestwick' }, headers)
    expect(await refuse('communities', kestwick)).toEqual({
      status: 409,
      message: expect.stringMatching(/^This community is still used by \d+ plans? .+\. Change or delete those first\.$/),
    })
  })

  // Last: the server answers an oversized upload before reading all of it and then closes the
  // connection, so the next request sent on that connection would fail.
  it('says why an upload is refused: an unreadable image, and a file over 15 MB', async () => {
    const headers = await signInByApi('editor@example.org')
    const unreadable = await upload(headers, new Blob([new Uint8Array(200).fill(7)], { type: 'image/png' }), 'broken.png')
    expect(unreadable.status).toBe(400)
    expect(await messageOf(unreadable)).toBe('This file could not be read as an image. Try saving it again as a JPEG or PNG.')
    const huge = await upload(headers, new Blob([new Uint8Array(16 * 1024 * 1024)], { type: 'application/pdf' }), 'minutes.pdf')
    expect(huge.status).toBe(413)
    expect(await messageOf(huge)).toBe('This file is larger than 15 MB, the limit. Make it smaller and upload it again.')
  })
})

// Last: it ends the portal.
describe('npm start when the admin server dies', () => {
  it('stops the public site too and exits non-zero with a sentence', async () => {
    const processes = execFileSync('ps', ['-o', 'pid=,args=', '-g', String(portal.group)], { encoding: 'utf8' })
    const admin = processes.split('\n').find((line) => line.includes('scripts/admin-server.ts'))
    expect(admin, processes).toBeDefined()
    process.kill(Number(admin!.trim().split(/\s+/)[0]), 'SIGKILL')
    expect(await portal.exited).toBe(1)
    expect(portal.output()).toContain('The admin server stopped (SIGKILL), so Folkmoot stopped the public site too.')
    await expect(fetch(`${portal.siteUrl}/`)).rejects.toThrow()
  })
})
