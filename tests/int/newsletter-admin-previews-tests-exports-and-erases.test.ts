import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendNewsletter } from '../../cms/newsletters/sendNewsletter'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer
let payload: Payload
let world: Fixtures
let newsletterId: number | string
let subscriberId: number | string

const signedIn = async (email: string) => {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery' }),
  })
  const { token } = (await response.json()) as { token: string }
  return (path: string, init: RequestInit = {}) => fetch(`${api.url}/api${path}`, { ...init, headers: { ...init.headers, authorization: `JWT ${token}` } })
}

beforeAll(async () => {
  delete process.env.SMTP_URL
  app = await startPayload()
  payload = app.payload
  world = await makeFixtures(payload)
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
  const subscriber = await payload.create({
    collection: 'subscribers',
    depth: 0,
    data: {
      email: 'leaving@example.org',
      status: 'confirmed',
      communities: [world.alderby.id],
      consent: { givenAt: new Date().toISOString(), source: 'paper', wordingVersion: 'test' },
    },
  })
  subscriberId = subscriber.id
  const newsletter = await payload.create({
    collection: 'newsletters',
    depth: 0,
    data: {
      subject: 'Alderby & friends',
      intro: 'A <warm> opening',
      audience: { kind: 'everyone' },
      content: { mode: 'picked', consultations: [world.consultation.id] },
      status: 'sending',
    },
  })
  newsletterId = newsletter.id
  await sendNewsletter(payload, newsletterId)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

describe('newsletter tools in the admin', () => {
  it('previews a newsletter as HTML and as plain text, for editors and the members whose followers it is for', async () => {
    const editor = await signedIn(world.users.editor.email)
    const html = await editor(`/newsletters/${newsletterId}/preview?format=html`)
    expect(html.headers.get('content-type')).toContain('text/html')
    const page = await html.text()
    expect(page).toContain('Alderby &amp; friends')
    expect(page).toContain('A &lt;warm&gt; opening')
    expect(page).toContain('Alderby green space')
    const text = await (await editor(`/newsletters/${newsletterId}/preview?format=text`)).text()
    expect(text).toContain('A <warm> opening')
    const member = await signedIn(world.users.member.email)
    // This one goes to everyone: a partnership member may not see it.
    expect((await member(`/newsletters/${newsletterId}/preview`)).status).toBe(404)
    const alderbys = await payload.create({
      collection: 'newsletters',
      depth: 0,
      data: { subject: 'Alderby only', status: 'draft', content: { mode: 'picked' }, audience: { kind: 'communities', communities: [world.alderby.id] } },
    })
    expect(await (await member(`/newsletters/${alderbys.id}/preview?format=text`)).text()).toContain('Alderby only')
    expect((await fetch(`${api.url}/api/newsletters/${newsletterId}/preview`)).status).toBe(403)
  })

  it('sends a test copy to the editor who asks', async () => {
    const editor = await signedIn(world.users.editor.email)
    const response = await editor(`/newsletters/${newsletterId}/send-test`, { method: 'POST' })
    expect(response.status).toBe(200)
    const test = await payload.find({ collection: 'outbox', where: { to: { equals: world.users.editor.email } } })
    expect(test.docs[0]?.subject).toBe('[Test] Alderby & friends')
  })

  it('exports one subscriber’s data as JSON for an editor', async () => {
    const editor = await signedIn(world.users.editor.email)
    const response = await editor(`/subscribers/${subscriberId}/export`)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const data = (await response.json()) as {
      subscriber: { email: string; communities: string[]; consent: { source: string } }
      newsletters: Array<{ subject: string; status: string }>
      capturedMails: unknown[]
    }
    expect(data.subscriber).toMatchObject({ email: 'leaving@example.org', communities: ['Alderby'], consent: { source: 'paper' } })
    expect(data.newsletters).toEqual([expect.objectContaining({ subject: 'Alderby & friends', status: 'sent' })])
    expect(data.capturedMails).toHaveLength(1)
  })

  it('erases one subscriber, their address in delivery records and their captured mail, for admins only', async () => {
    const editor = await signedIn(world.users.editor.email)
    expect((await editor(`/subscribers/${subscriberId}/erase`, { method: 'POST' })).status).toBe(403)
    const admin = await signedIn(world.users.admin.email)
    const response = await admin(`/subscribers/${subscriberId}/erase`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect(await payload.findByID({ collection: 'subscribers', id: subscriberId, disableErrors: true })).toBeNull()
    const deliveries = await payload.find({ collection: 'newsletter-deliveries', depth: 0, where: { newsletter: { equals: newsletterId } } })
    expect(deliveries.docs).toHaveLength(1)
    expect(deliveries.docs[0]).toMatchObject({ status: 'sent', email: null, subscriber: null, smtpReply: null })
    expect((await payload.count({ collection: 'outbox', where: { to: { equals: 'leaving@example.org' } } })).totalDocs).toBe(0)
    expect((await admin(`/subscribers/${subscriberId}/erase`, { method: 'POST' })).status).toBe(404)
  })
})
