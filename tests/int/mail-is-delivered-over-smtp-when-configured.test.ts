import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startPayload } from './support/payload'
import { type SmtpSink, startSmtpSink } from './support/smtpSink'

let sink: SmtpSink
let app: TestPayload

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  process.env.MAIL_FROM = 'Kestwick Partnership <news@kestwick.example.org>'
  app = await startPayload()
})
afterAll(async () => {
  await app?.stop()
  await sink?.stop()
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
})

describe('with SMTP_URL set', () => {
  it('delivers to the SMTP server from the configured sender, and captures nothing', async () => {
    const { payload } = app
    await payload.sendEmail({ to: 'resident@example.org', subject: 'Hello', text: 'Plain words.', html: '<p>Plain words.</p>' })
    const [mail] = await sink.waitForMessages(1)
    expect(mail!.subject).toBe('Hello')
    expect(mail!.from?.value).toEqual([{ address: 'news@kestwick.example.org', name: 'Kestwick Partnership' }])
    expect(mail!.text?.trim()).toBe('Plain words.')
    expect(mail!.html).toContain('<p>Plain words.</p>')
    expect((await payload.count({ collection: 'outbox' })).totalDocs).toBe(0)
  })
})
