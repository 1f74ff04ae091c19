import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BOUNCE_AFTER_PERMANENT_FAILURES } from '../../cms/newsletters/sendNewsletter'
import { community } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { type SmtpSink, startSmtpSink } from './support/smtpSink'

let sink: SmtpSink
let app: TestPayload
let payload: Payload
let busyRefusals = 1

const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code })

beforeAll(async () => {
  // gone@ never exists (550: permanent); busy@ is refused once for now (451: try later).
  sink = await startSmtpSink({
    onRcptTo: (address, _session, callback) => {
      if (address.address.startsWith('gone@')) return callback(refusal(550, 'No such mailbox here'))
      if (address.address.startsWith('busy@') && busyRefusals > 0) {
        busyRefusals -= 1
        return callback(refusal(451, 'Mailbox busy, try again later'))
      }
      callback()
    },
  })
  process.env.SMTP_URL = sink.url
  app = await startPayload()
  payload = app.payload
  const place = await community(payload, 'Retryford')
  for (const name of ['fine', 'busy', 'gone']) {
    await payload.create({
      collection: 'subscribers',
      depth: 0,
      data: {
        email: `${name}@example.org`,
        status: 'confirmed',
        communities: [place.id],
        consent: { givenAt: new Date().toISOString(), source: 'website', wordingVersion: 'test' },
      },
    })
  }
})
afterAll(async () => {
  await app?.stop()
  await sink?.stop()
  delete process.env.SMTP_URL
})

const schedule = (subject: string) =>
  payload.create({
    collection: 'newsletters',
    depth: 0,
    data: { subject, audience: { kind: 'everyone' }, content: { mode: 'picked' }, status: 'scheduled', scheduledFor: new Date().toISOString() },
  })

const deliveryTo = async (newsletterId: number | string, email: string) =>
  (
    await payload.find({
      collection: 'newsletter-deliveries',
      depth: 0,
      where: { and: [{ newsletter: { equals: newsletterId } }, { email: { equals: email } }] },
    })
  ).docs[0]

const subscriber = async (email: string) => (await payload.find({ collection: 'subscribers', depth: 0, where: { email: { equals: email } } })).docs[0]!

describe('newsletter delivery failures', () => {
  it('keeps a temporarily refused message for a later attempt, and records a permanent refusal', async () => {
    const newsletter = await schedule('Retryford news one')
    await payload.jobs.run({ queue: 'newsletters' })
    expect(await deliveryTo(newsletter.id, 'fine@example.org')).toMatchObject({ status: 'sent', attempts: 1 })
    const busy = await deliveryTo(newsletter.id, 'busy@example.org')
    expect(busy).toMatchObject({ status: 'queued', attempts: 1, smtpReply: expect.stringContaining('451') })
    expect(new Date(busy!.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now() + 30_000)
    expect(await deliveryTo(newsletter.id, 'gone@example.org')).toMatchObject({ status: 'failed', smtpReply: expect.stringContaining('550') })
    expect((await subscriber('gone@example.org')).permanentFailures).toBe(1)
    expect((await payload.findByID({ collection: 'newsletters', id: newsletter.id, depth: 0 })).status).toBe('sending')

    // The sender queued itself for the retry time; bring that moment forward instead of waiting a minute.
    const retry = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      where: { and: [{ queue: { equals: 'newsletters' } }, { completedAt: { exists: false } }] },
    })
    expect(retry.docs).toHaveLength(1)
    expect(new Date(retry.docs[0]!.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    const now = new Date(Date.now() - 1000).toISOString()
    await payload.update({ collection: 'payload-jobs', id: retry.docs[0]!.id, depth: 0, data: { waitUntil: now } })
    await payload.update({ collection: 'newsletter-deliveries', id: busy!.id, depth: 0, data: { nextAttemptAt: now } })
    await payload.jobs.run({ queue: 'newsletters' })
    expect(await deliveryTo(newsletter.id, 'busy@example.org')).toMatchObject({ status: 'sent', attempts: 2 })
    expect((await payload.findByID({ collection: 'newsletters', id: newsletter.id, depth: 0 })).status).toBe('sent')
    expect(sink.messages.filter((mail) => mail.subject === 'Retryford news one')).toHaveLength(2)
  })

  it(`marks an address bounced after ${BOUNCE_AFTER_PERMANENT_FAILURES} permanent refusals and stops mailing it`, async () => {
    for (const subject of ['Retryford news two', 'Retryford news three']) {
      await schedule(subject)
      await payload.jobs.run({ queue: 'newsletters' })
    }
    expect(await subscriber('gone@example.org')).toMatchObject({ status: 'bounced', permanentFailures: BOUNCE_AFTER_PERMANENT_FAILURES })
    const fourth = await schedule('Retryford news four')
    await payload.jobs.run({ queue: 'newsletters' })
    expect(await deliveryTo(fourth.id, 'gone@example.org')).toBeUndefined()
    expect(await deliveryTo(fourth.id, 'fine@example.org')).toMatchObject({ status: 'sent' })
  })
})
