import { type Payload, type RequiredDataFromCollectionSlug, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signConfirmationLink } from '../../cms/partner-confirmation/confirmationRequests'
import type { InfluenceLog, Partner } from '../../cms/payload-types'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let payload: Payload
let world: Fixtures
let api: ApiServer
let partner: Partner

beforeAll(async () => {
  delete process.env.SMTP_URL
  app = await startPayload()
  payload = app.payload
  world = await makeFixtures(payload)
  api = await startApiServer(payload.config)
  process.env.SERVER_URL = api.url
  partner = await payload.create({
    collection: 'partners',
    depth: 0,
    data: { name: 'Testshire Health Board', kind: 'health', contact: { name: 'Dr Pat Officer', email: 'pat.officer@example.org' } },
  })
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
  delete process.env.SERVER_URL
})

const member = () => ({ user: world.users.member, overrideAccess: false, depth: 0 }) as const

const entry = (data: Partial<RequiredDataFromCollectionSlug<'influence-logs'>> = {}): RequiredDataFromCollectionSlug<'influence-logs'> => ({
  title: `Clinic opens on Saturdays ${Math.random()}`,
  date: daysFromNow(-3),
  partner: partner.id,
  whatChanged: 'The board agreed to open the clinic on Saturday mornings.',
  method: 'relationships',
  kind: 'got-others-to-deliver',
  outputs: [{ text: 'Saturday clinic' }],
  outcomes: [{ text: 'Working parents see a nurse without losing pay' }],
  moneyInfluenced: 1200.5,
  partnerConfirmation: { status: 'unconfirmed' },
  _status: 'published',
  ...data,
})

/** Asks as the member, sends the queued mail, and returns the link in it. */
const askAndFollowMail = async (log: InfluenceLog): Promise<string> => {
  await payload.update({ collection: 'influence-logs', id: log.id, data: { askPartnerToConfirm: true }, ...member() })
  await payload.jobs.run({ queue: 'mail' })
  const { docs } = await payload.find({ collection: 'outbox', where: { to: { contains: 'pat.officer@example.org' } }, sort: '-createdAt', limit: 1 })
  const link = /https?:\/\/\S+partner-confirmation\?token=[\w.-]+/.exec(docs[0]?.text ?? '')?.[0]
  if (!link) throw new Error('No confirmation link in the mail.')
  return link
}

const post = (fields: Record<string, string>) =>
  fetch(`${api.url}/api/partner-confirmation`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields),
  })

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!

describe('a member', () => {
  it('logs for their own community, which the form fills in for them', async () => {
    const log = await payload.create({ collection: 'influence-logs', data: entry(), ...member() })
    expect(log.community).toBe(world.alderby.id)
  })

  it('cannot log for another community, ask its partner to confirm, or confirm an entry themselves', async () => {
    await expect(payload.create({ collection: 'influence-logs', data: entry({ community: world.bexcombe.id }), ...member() })).rejects.toThrow(/not allowed/i)
    const theirs = await payload.create({ collection: 'influence-logs', depth: 0, data: entry({ community: world.bexcombe.id }) })
    await expect(payload.update({ collection: 'influence-logs', id: theirs.id, data: { askPartnerToConfirm: true }, ...member() })).rejects.toThrow()
    const mine = await payload.create({ collection: 'influence-logs', data: entry(), ...member() })
    await payload.update({ collection: 'influence-logs', id: mine.id, data: { partnerConfirmation: { status: 'confirmed' } } as never, ...member() })
    expect((await payload.findByID({ collection: 'influence-logs', id: mine.id })).partnerConfirmation.status).toBe('unconfirmed')
    expect((await payload.jobs.run({ queue: 'mail' })).jobStatus ?? {}).toEqual({})
  })

  it('is told when the partner has no one to ask', async () => {
    const log = await payload.create({ collection: 'influence-logs', data: entry({ partner: world.partner.id }), ...member() })
    const refusal = await payload
      .update({ collection: 'influence-logs', id: log.id, data: { askPartnerToConfirm: true }, ...member() })
      .catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as ValidationError).data.errors).toEqual([
      expect.objectContaining({ path: 'askPartnerToConfirm', message: 'Testshire Council has no contact email yet: add one to the partner first.' }),
    ])
  })
})

describe('the partner', () => {
  it('gets a mail with a link to the entry, and confirms it once', async () => {
    const log = await payload.create({ collection: 'influence-logs', data: entry(), ...member() })
    const link = await askAndFollowMail(log)
    const page = await fetch(link)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(log.title)
    expect(html).toContain('£1,200.50')
    expect(html).toContain('Working parents see a nurse')
    expect((await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0 })).askPartnerToConfirm).toBe(false)

    const answered = await post({ token: tokenOf(link), answer: 'confirmed', comment: '' })
    expect(answered.status).toBe(200)
    expect(await answered.text()).toContain('Thank you for confirming')
    const saved = await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0 })
    expect(saved.partnerConfirmation).toMatchObject({ status: 'confirmed' })
    expect(Date.now() - new Date(saved.partnerConfirmation.respondedAt!).getTime()).toBeLessThan(60_000)

    const again = await fetch(link)
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('This link has already been used')
    expect((await post({ token: tokenOf(link), answer: 'disputed', comment: 'Changed my mind' })).status).toBe(409)
    expect((await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0 })).partnerConfirmation.status).toBe('confirmed')
  })

  it('disputes with a comment, which is recorded but never public', async () => {
    const log = await payload.create({ collection: 'influence-logs', data: entry(), ...member() })
    const token = tokenOf(await askAndFollowMail(log))
    const withoutComment = await post({ token, answer: 'disputed', comment: '  ' })
    expect(withoutComment.status).toBe(400)
    expect(await withoutComment.text()).toContain('Say what is not right')
    expect((await post({ token, answer: 'disputed', comment: 'The clinic opens fortnightly, not weekly.' })).status).toBe(200)
    const saved = await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0 })
    expect(saved.partnerConfirmation).toMatchObject({ status: 'disputed', comment: 'The clinic opens fortnightly, not weekly.' })
    const asPublic = await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0, overrideAccess: false })
    expect(asPublic.partnerConfirmation.status).toBe('disputed')
    expect(asPublic.partnerConfirmation.comment).toBeUndefined()
    expect(asPublic.partnerConfirmation).not.toHaveProperty('requestId')
  })

  it('is asked again when what they confirmed changes, but not for a tick or a new owner', async () => {
    const log = await payload.create({ collection: 'influence-logs', data: entry(), ...member() })
    await post({ token: tokenOf(await askAndFollowMail(log)), answer: 'confirmed', comment: 'Spot on.' })
    await payload.update({ collection: 'influence-logs', id: log.id, data: { celebrate: true, community: world.alderby.id }, ...member() })
    expect((await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0 })).partnerConfirmation.status).toBe('confirmed')
    await payload.update({ collection: 'influence-logs', id: log.id, data: { moneyInfluenced: 120050 }, ...member() })
    expect((await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0 })).partnerConfirmation).toMatchObject({
      status: 'unconfirmed',
      respondedAt: null,
      comment: null,
    })
  })

  it('cannot use an expired, forged or replaced link', async () => {
    const log = await payload.create({ collection: 'influence-logs', data: entry(), ...member() })
    const first = await askAndFollowMail(log)
    const second = await askAndFollowMail(log)
    const replaced = await fetch(first)
    expect(replaced.status).toBe(409)
    expect(await replaced.text()).toContain('This link has been replaced')

    const { requestId } = (await payload.findByID({ collection: 'influence-logs', id: log.id, depth: 0, showHiddenFields: true })).partnerConfirmation
    const expired = await fetch(
      `${api.url}/api/partner-confirmation?token=${signConfirmationLink(log.id, requestId!, new Date(Date.now() - 15 * 24 * 60 * 60 * 1000))}`,
    )
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('This link has expired')

    const forged = await fetch(`${second.slice(0, -3)}abc`)
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain('This link is not valid')
    expect((await fetch(second)).status).toBe(200)
  })
})
