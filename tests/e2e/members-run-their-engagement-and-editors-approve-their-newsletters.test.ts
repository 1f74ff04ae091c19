import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type SmtpSink, startSmtpSink } from '../int/support/smtpSink'
import { launchBrowser } from './support/browser'
import { type RunningPortal, startPortal } from './support/portal'

let sink: SmtpSink
let portal: RunningPortal
let browser: Browser

const DAY = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const TITLE = 'Kestwick library opening hours'
const SLUG = 'kestwick-library-opening-hours'
const MEMBER_NEWSLETTER = 'Gorsey Bank youth space: a week left to make it yours'

beforeAll(async () => {
  sink = await startSmtpSink()
  portal = await startPortal(300_000, { SMTP_URL: sink.url })
  browser = await launchBrowser()
}, 320_000)
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
  await sink?.stop()
})

const signIn = async (email: string) => {
  const page = await browser.newPage()
  await page.goto(`${portal.url}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('folkmoot-demo')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${portal.url}/admin`)
  await page.getByRole('heading', { name: 'What needs doing' }).waitFor({ state: 'visible', timeout: 30_000 })
  return page
}

/** A request from inside the signed-in page, as the admin itself makes it (cookie plus same-origin headers). */
const apiCall = (page: Page, path: string, method = 'GET', body?: unknown) =>
  page.evaluate(
    async ([target, verb, payload]) => {
      const response = await fetch(target, {
        method: verb,
        headers: payload === undefined ? {} : { 'content-type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    },
    [`${portal.url}/api${path}`, method, body] as const,
  )

/** WCAG 2.2 AA on one of our own panels of the admin (Payload's own chrome is Payload's to answer for). */
const axeViolationsIn = async (page: Page, selector: string): Promise<string[]> => {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async (include) => {
    const { axe: engine } = window as unknown as { axe: typeof axe }
    const result = await engine.run({ include: [include] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  }, selector)
}

const dashboardText = async (page: Page) => {
  await page.goto(`${portal.url}/admin`)
  const panel = page.locator('#what-needs-doing')
  await panel.waitFor({ state: 'visible', timeout: 30_000 })
  return panel.innerText()
}

describe('a partnership member runs their community’s engagement in the admin', () => {
  let consultation: { id: number; questions: Array<{ id: string }> }

  beforeAll(async () => {
    // An editor published it seven weeks ago; one online answer waits for moderation.
    const editor = await signIn('editor@example.org')
    const kestwick = (await apiCall(editor, '/communities?where[slug][equals]=kestwick&depth=0')).json.docs as Array<{ id: number }>
    const created = await apiCall(editor, '/consultations?depth=0', 'POST', {
      title: TITLE,
      communities: [kestwick[0]!.id],
      summary: 'Should the library open later on Thursdays and on Sunday afternoons?',
      opensAt: daysFromNow(-90),
      closesAt: daysFromNow(-49),
      questions: [{ prompt: 'When would you use the library?', kind: 'text', required: true }],
      _status: 'published',
    })
    expect(created.status).toBe(201)
    consultation = created.json.doc as typeof consultation
    const answer = await apiCall(editor, '/responses', 'POST', {
      consultation: consultation.id,
      answers: [{ question: consultation.questions[0]!.id, text: 'Thursday evenings after work.' }],
    })
    expect(answer.status).toBe(201)
    await editor.close()
  }, 120_000)

  it('shows the member whom they act for and what needs doing, and nothing of the site build', async () => {
    const page = await signIn('kestwick@example.org')
    const text = await dashboardText(page)
    expect(text).toContain('You act for Gorsey Bank and Kestwick.')
    expect(text).toContain(`1 response to “${TITLE}” waiting for moderation`)
    expect(text).toContain(`“${TITLE}” closed on`)
    expect(text).toContain('write “you said, we did”')
    expect(text).not.toContain('Rebuild now')
    expect(await page.getByRole('link', { name: 'Open the public site' }).getAttribute('href')).toBe(portal.siteUrl)
    expect(await axeViolationsIn(page, '#what-needs-doing')).toEqual([])
    await page.close()
  })

  it('lets the member enter a paper response, moderate the online one and publish “you said, we did”; the item clears', async () => {
    const page = await signIn('kestwick@example.org')
    const paper = await apiCall(page, '/responses', 'POST', {
      consultation: consultation.id,
      channel: 'paper',
      moderation: 'approved',
      answers: [{ question: consultation.questions[0]!.id, text: 'Sunday afternoons with the children.' }],
    })
    expect(paper.status).toBe(201)

    await page.getByRole('link', { name: `1 response to “${TITLE}” waiting for moderation` }).click()
    await page.getByRole('link', { name: /^R-/ }).first().click()
    await page.locator('#field-moderation').click()
    await page.getByRole('option', { name: 'May be quoted' }).click()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Updated successfully').first().waitFor({ state: 'visible', timeout: 30_000 })

    await page.goto(`${portal.url}/admin/collections/consultations/${consultation.id}`)
    // Payload renders a form's fields only once they scroll into view, and the group sits below the fold.
    await page.getByText('After closing: what people told you and what happened because of it.').scrollIntoViewIfNeeded()
    await page.locator('#field-feedback__youSaid').fill('You asked for the library to open on Thursday evenings and Sunday afternoons.')
    await page.locator('#field-feedback__weDid').fill('From next month the library opens until 8pm on Thursdays and from 1pm to 4pm on Sundays.')
    await page.locator('#field-feedback__reportedAt input').click()
    await page.locator('.react-datepicker__day--today').first().click()
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.getByText('Updated successfully').first().waitFor({ state: 'visible', timeout: 30_000 })

    const text = await dashboardText(page)
    expect(text).not.toContain(TITLE)
    await page.close()
  })

  it('shows the change on the public site once it is rebuilt', async () => {
    let page = ''
    for (let tries = 0; tries < 90 && !page.includes('until 8pm on Thursdays'); tries += 1) {
      const response = await fetch(`${portal.siteUrl}/consultations/${SLUG}/`)
      page = response.ok ? await response.text() : ''
      if (!page.includes('until 8pm on Thursdays')) await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    expect(page).toContain('until 8pm on Thursdays')
  }, 200_000)

  it('tells a member who opens the Outbox why they may not, in a sentence about their role', async () => {
    const page = await signIn('kestwick@example.org')
    await page.goto(`${portal.url}/admin/collections/outbox`)
    await page.waitForURL(/\/admin\/not-for-your-role\?list=outbox/)
    await page.getByRole('heading', { name: 'Outbox is not open to a partnership member' }).waitFor({ state: 'visible', timeout: 30_000 })
    expect(await page.getByText('Nothing found').count()).toBe(0)
    expect(await axeViolationsIn(page, '#not-for-your-role')).toEqual([])
    await page.close()
  })
})

describe('an editor approves a member’s newsletter and watches it send', () => {
  it('sends it to Gorsey Bank’s followers after a confirmation, with a progress bar', async () => {
    const page = await signIn('editor@example.org')
    expect(await page.getByRole('button', { name: 'Rebuild now' }).count()).toBe(1)
    await page.getByRole('link', { name: `Approve and send the newsletter “${MEMBER_NEWSLETTER}”` }).click()
    await page.getByRole('button', { name: 'Approve and send…' }).click()
    await page.getByText(/^Send this newsletter now to \d+ (person|people)\? It cannot be called back\.$/).waitFor({ state: 'visible', timeout: 30_000 })
    expect(await axeViolationsIn(page, '#newsletter-send')).toEqual([])
    await page.getByRole('button', { name: 'Yes, send it now' }).click()
    await page.locator('#newsletter-send progress').waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByText(/^Sent to \d+ (person|people)/).waitFor({ state: 'visible', timeout: 90_000 })
    const sent = sink.messages.filter((mail) => mail.subject === MEMBER_NEWSLETTER)
    expect(sent.length).toBeGreaterThan(0)
    const text = await dashboardText(page)
    expect(text).not.toContain(MEMBER_NEWSLETTER)
    await page.close()
  }, 150_000)

  it('queues a rebuild from the dashboard’s form', async () => {
    const page = await signIn('editor@example.org')
    await page.getByRole('button', { name: 'Rebuild now' }).click()
    await page.waitForURL(/\/admin\?rebuild=queued/)
    await page.getByText('A rebuild is queued').waitFor({ state: 'visible', timeout: 30_000 })
    expect(await axeViolationsIn(page, '#what-needs-doing')).toEqual([])
    await page.close()
  })
})
