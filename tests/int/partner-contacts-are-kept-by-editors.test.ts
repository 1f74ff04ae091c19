import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../support/apiServer'
import { type Fixtures, daysFromNow } from './support/fixtures'
import { type Role, type SignedInApi, startSignedInApi } from './support/signedInApi'

/**
 * A partner's contact email is where a log's "confirm this" link goes. Whoever could set it
 * could confirm their own entries, so partners are kept by editors; members pick from them.
 */
let setup: SignedInApi
let payload: Payload
let world: Fixtures
let api: ApiServer
let tokens: Record<Role, string>

beforeAll(async () => {
  delete process.env.SMTP_URL
  setup = await startSignedInApi()
  ;({ payload, world, api, tokens } = setup)
})
afterAll(async () => {
  await setup?.stop()
})

const send = async (method: 'POST' | 'PATCH', path: string, role: Role, body: Record<string, unknown>) => {
  const response = await fetch(`${api.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as { doc?: { id: number | string } } }
}

const partnerWithContact = () =>
  payload.create({
    collection: 'partners',
    depth: 0,
    data: { name: `Testshire Police ${Math.random()}`, kind: 'police', contact: { name: 'Inspector Lee', email: 'lee@police.example.org' } },
  })

describe('partners and their contacts', () => {
  it('refuses a member who points a partner’s contact email at themselves, and keeps the contact', async () => {
    const partner = await partnerWithContact()
    for (const role of ['member', 'outsider'] as const) {
      expect((await send('PATCH', `/partners/${partner.id}`, role, { contact: { email: 'mel.member@example.org' } })).status).toBe(403)
    }
    expect((await payload.findByID({ collection: 'partners', id: partner.id, depth: 0 })).contact?.email).toBe('lee@police.example.org')
  })

  it('refuses a member who adds a partner of their own', async () => {
    const before = (await payload.count({ collection: 'partners' })).totalDocs
    expect(
      (await send('POST', '/partners', 'member', { name: 'My Friendly Council', kind: 'council', contact: { email: 'mel.member@example.org' } })).status,
    ).toBe(403)
    expect((await payload.count({ collection: 'partners' })).totalDocs).toBe(before)
  })

  it('lets editors add partners and change their contacts', async () => {
    const added = await send('POST', '/partners', 'editor', { name: 'Testshire Fire', kind: 'other', contact: { email: 'station@fire.example.org' } })
    expect(added.status).toBe(201)
    const changed = await send('PATCH', `/partners/${added.body.doc!.id}`, 'admin', { contact: { email: 'watch@fire.example.org' } })
    expect(changed.status).toBe(200)
    expect((await payload.findByID({ collection: 'partners', id: added.body.doc!.id, depth: 0 })).contact?.email).toBe('watch@fire.example.org')
  })

  it('still lets a member log influence with a partner and ask that partner’s contact to confirm it', async () => {
    const partner = await partnerWithContact()
    const logged = await send('POST', '/influence-logs', 'member', {
      title: 'Speed checks outside the school',
      community: world.alderby.id,
      date: daysFromNow(-1),
      partner: partner.id,
      whatChanged: 'Officers now run speed checks at school times.',
      method: 'relationships',
      kind: 'got-others-to-deliver',
      _status: 'published',
    })
    expect(logged.status).toBe(201)
    expect((await send('PATCH', `/influence-logs/${logged.body.doc!.id}`, 'member', { askPartnerToConfirm: true })).status).toBe(200)
    await payload.jobs.run({ queue: 'mail' })
    const { docs } = await payload.find({ collection: 'outbox', where: { subject: { contains: 'Speed checks' } }, depth: 0 })
    expect(docs.map((mail) => mail.to)).toEqual([expect.stringContaining('lee@police.example.org')])
  })
})
