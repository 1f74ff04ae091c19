import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixtures } from './support/fixtures'
import { makeFixtures } from './support/fixtures'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type TestPayload, startPayload } from './support/payload'
import { type SmtpSink, startSmtpSink } from './support/smtpSink'
import { confirmFromMail, linkIn, postSubscribeForm, rawHeader, signUpFields } from './support/subscriptions'

let sink: SmtpSink
let app: TestPayload
let api: ApiServer
let world: Fixtures
let payload: Payload

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  process.env.MAIL_FROM = 'Alder Vale Partnership <news@aldervale.example.org>'
  app = await startPayload()
  payload = app.payload
  world = await makeFixtures(payload)
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
  process.env.SERVER_URL = api.url
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
  await sink?.stop()
  for (const name of ['SMTP_URL', 'MAIL_FROM', 'SERVER_URL']) delete process.env[name]
})

const mailsTo = (address: string) => sink.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((to) => to.address === address))

const subscriberNamed = async (email: string) => (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0 })).docs[0]

const sendNewsletter = async (subject: string, communities: Array<number | string>) => {
  const newsletter = await payload.create({
    collection: 'newsletters',
    depth: 0,
    data: {
      subject,
      intro: 'Alder Vale <b>news</b> & "views" <script>alert(1)</script>',
      audience: { kind: 'communities', communities: communities as number[] },
      content: { mode: 'picked', consultations: [world.consultation.id] },
      status: 'scheduled',
      scheduledFor: new Date().toISOString(),
    },
  })
  await payload.jobs.run({ queue: 'newsletters' })
  return payload.findByID({ collection: 'newsletters', id: newsletter.id, depth: 0 })
}

describe('double opt-in, sending and one-click unsubscribe', () => {
  it('stores a pending subscriber with a consent record and mails a confirmation link', async () => {
    const response = await postSubscribeForm(api.url, signUpFields('  Resident@Example.org ', [world.alderby.id]))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/\/newsletter\/check-your-mail\/$/)
    const subscriber = await subscriberNamed('resident@example.org')
    expect(subscriber).toMatchObject({ status: 'pending', consent: { source: 'website', wordingVersion: expect.any(String) } })
    const [mail] = await sink.waitForMessages(1)
    expect(mail!.subject).toMatch(/confirm/i)
    expect(mail!.html).toContain('lang="en-GB"')
    expect(mail!.text).toContain('Alderby')
  })

  it('sends a not-yet-confirmed address a fresh link, and a confirmed one a note, answering both alike', async () => {
    const again = await postSubscribeForm(api.url, signUpFields('resident@example.org', [world.alderby.id]))
    expect(again.status).toBe(303)
    await sink.waitForMessages(2)
    expect(mailsTo('resident@example.org')).toHaveLength(2)
    expect(mailsTo('resident@example.org')[1]!.subject).toMatch(/confirm/i)
  })

  it('confirms only when the person presses the button on the linked page', async () => {
    expect((await subscriberNamed('resident@example.org'))!.status).toBe('pending')
    const confirmed = await confirmFromMail(mailsTo('resident@example.org')[1]!)
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('You are subscribed')
    expect(await subscriberNamed('resident@example.org')).toMatchObject({ status: 'confirmed', confirmedAt: expect.any(String) })

    const existing = await postSubscribeForm(api.url, signUpFields('resident@example.org', [world.bexcombe.id]))
    expect(existing.status).toBe(303)
    await sink.waitForMessages(3)
    const note = mailsTo('resident@example.org')[2]!
    expect(note.subject).toMatch(/already/i)
    expect(linkIn(note, 'preferences')).toBeTruthy()
    expect(((await subscriberNamed('resident@example.org'))!.communities as number[]).map(String)).toEqual([String(world.alderby.id)])
  })

  it('sends the newsletter to confirmed followers only, with both parts, the one-click pair and escaped content', async () => {
    await postSubscribeForm(api.url, signUpFields('waiting@example.org', [world.alderby.id]))
    await sink.waitForMessages(4)
    const before = sink.messages.length
    const newsletter = await sendNewsletter('Alderby news <i>one</i>', [world.alderby.id])
    expect(newsletter.status).toBe('sent')
    await sink.waitForMessages(before + 1)
    expect(sink.messages).toHaveLength(before + 1)
    expect(mailsTo('waiting@example.org').filter((mail) => mail.subject?.startsWith('Alderby news'))).toHaveLength(0)
    const mail = sink.messages.at(-1)!
    expect(mail.subject).toBe('Alderby news <i>one</i>')
    expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/subscriptions\/unsubscribe\?token=[^>]+>$/)
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(mail.messageId).toMatch(/^<newsletter\.\d+\.\d+@aldervale\.example\.org>$|^<newsletter\.[0-9a-f.]+@aldervale\.example\.org>$/)
    expect(mail.text).toContain('Alderby green space')
    expect(mail.html).toContain('lang="en-GB"')
    expect(mail.html).toContain('Alder Vale Partnership')
    expect(mail.html).not.toContain('<script>alert(1)</script>')
    expect(mail.html).not.toContain('<b>news</b>')
    expect(mail.html).not.toContain('<i>one</i>')
    expect(mail.html).toContain('&lt;script&gt;')
    expect(mail.html).toMatch(/<h1[^>]*>/)
    const deliveries = await payload.find({ collection: 'newsletter-deliveries', depth: 0, where: { newsletter: { equals: newsletter.id } } })
    expect(deliveries.docs).toHaveLength(1)
    expect(deliveries.docs[0]).toMatchObject({ status: 'sent', attempts: 1, email: 'resident@example.org', messageId: mail.messageId })
    expect(deliveries.docs[0]!.smtpReply).toMatch(/^250/)
  })

  it('unsubscribes with a bare RFC 8058 POST (no cookies, no other body), after which no newsletter comes', async () => {
    const mail = sink.messages.at(-1)!
    const url = rawHeader(mail, 'List-Unsubscribe')!.slice(1, -1)
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(response.status).toBe(200)
    expect(await subscriberNamed('resident@example.org')).toMatchObject({ status: 'unsubscribed', unsubscribedAt: expect.any(String) })
    const multipart = new FormData()
    multipart.set('List-Unsubscribe', 'One-Click')
    expect((await fetch(url, { method: 'POST', body: multipart })).status).toBe(200)

    const before = sink.messages.length
    const second = await sendNewsletter('Alderby news two', [world.alderby.id])
    expect(second.status).toBe('sent')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.messages).toHaveLength(before)
  })

  it('refuses forged and expired links with a clear page', async () => {
    const mail = mailsTo('resident@example.org')[0]!
    const link = linkIn(mail, 'confirm')
    const forged = await fetch(`${link.slice(0, -3)}abc`, { headers: { accept: 'text/html' } })
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain('This link does not work')
  })
})
