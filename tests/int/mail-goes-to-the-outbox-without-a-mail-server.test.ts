import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_SITE_SETTINGS } from '../../cms/shared/siteSettings'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload

beforeAll(async () => {
  delete process.env.SMTP_URL
  app = await startPayload()
})
afterAll(async () => app?.stop())

describe('with no SMTP_URL set', () => {
  it('keeps each message, headers and all, in the outbox instead of sending it', async () => {
    const { payload } = app
    await payload.sendEmail({
      to: 'resident@example.org',
      subject: 'Please confirm',
      text: 'Follow the link to confirm.',
      html: '<p>Follow the link to confirm.</p>',
      headers: { 'List-Unsubscribe': '<https://example.org/u/1>' },
    })
    const { docs } = await payload.find({ collection: 'outbox', where: { to: { equals: 'resident@example.org' } } })
    expect(docs).toHaveLength(1)
    const [mail] = docs
    expect(mail).toMatchObject({ subject: 'Please confirm', text: 'Follow the link to confirm.', html: '<p>Follow the link to confirm.</p>' })
    expect(mail!.from).toBe(`${DEFAULT_SITE_SETTINGS.name} <hello@folkmoot.localhost>`)
    expect(mail!.raw).toContain('List-Unsubscribe: <https://example.org/u/1>')
    expect(mail!.raw).toMatch(new RegExp(`^From: ${DEFAULT_SITE_SETTINGS.name} <hello@folkmoot\\.localhost>$`, 'm'))
  })

  it('lets editors read the outbox but nobody write to it', async () => {
    const { payload } = app
    await payload.create({ collection: 'users', data: { email: 'outbox-admin@example.org', password: 'a-long-password', name: 'Ad', role: 'admin' } })
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'outbox-editor@example.org', password: 'a-long-password', name: 'Ed', role: 'editor' },
    })
    const read = await payload.find({ collection: 'outbox', overrideAccess: false, user: editor })
    expect(read.totalDocs).toBeGreaterThan(0)
    await expect(payload.create({ collection: 'outbox', overrideAccess: false, user: editor, data: { to: 'x@example.org' } })).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'outbox', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })
})
