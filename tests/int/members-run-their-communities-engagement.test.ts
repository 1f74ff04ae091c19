import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { whatNeedsDoing } from '../../cms/dashboard/whatNeedsDoing'
import { explainForbiddenList, notForYourRole } from '../../cms/dashboard/notForYourRole'
import type { User } from '../../cms/payload-types'
import { daysFromNow } from './support/fixtures'
import { type SignedInApi, type Role, startSignedInApi } from './support/signedInApi'
import { type SmtpSink, startSmtpSink } from './support/smtpSink'

let sink: SmtpSink
let app: SignedInApi
let payload: Payload

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  app = await startSignedInApi()
  payload = app.payload
  const consent = { givenAt: daysFromNow(-30), source: 'website', wordingVersion: 'v1' }
  for (const [email, community] of [
    ['alderby.reader@example.org', app.world.alderby.id],
    ['bexcombe.reader@example.org', app.world.bexcombe.id],
  ] as const) {
    await payload.create({ collection: 'subscribers', data: { email, status: 'confirmed', communities: [community], consent } as never, depth: 0 })
  }
})
afterAll(async () => {
  await app?.stop()
  await sink?.stop()
  delete process.env.SMTP_URL
  delete process.env.MEMBERS_MAY_SEND_NEWSLETTERS
})

const call = (role: Role, path: string, init: RequestInit = {}) =>
  fetch(`${app.api.url}/api${path}`, { ...init, redirect: 'manual', headers: { authorization: `JWT ${app.tokens[role]}`, ...init.headers } })
const json = (role: Role, path: string, method: string, body?: unknown) =>
  call(role, path, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const user = (role: Role) => ({ ...app.world.users[role], collection: 'users' as const }) as User & { collection: 'users' }
const mailsTo = (address: string) => sink.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((to) => to.address === address))

describe('a member’s newsletter, approved by an editor', () => {
  let id: number | string

  it('lets a member draft a newsletter, addressed to their own communities by default', async () => {
    const response = await json('member', '/newsletters?depth=0', 'POST', { subject: 'Alderby’s green is saved' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; audience: { kind: string; communities: number[] } } }
    id = doc.id
    expect(doc.audience).toMatchObject({ kind: 'communities', communities: [app.world.alderby.id] })
  })

  it('turns the member’s Send into a request an editor sees on the dashboard, and sends nothing', async () => {
    const response = await json('member', `/newsletters/${id}/send`, 'POST')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'approval',
      message: 'An editor has been asked to send it. It appears on their dashboard.',
      audience: 1,
    })
    await payload.jobs.run({ queue: 'newsletters' })
    expect(mailsTo('alderby.reader@example.org')).toHaveLength(0)
    expect((await whatNeedsDoing(payload, user('editor'))).newslettersToApprove).toEqual([{ id, subject: 'Alderby’s green is saved' }])
    expect((await whatNeedsDoing(payload, user('member'))).newslettersToApprove).toEqual([{ id, subject: 'Alderby’s green is saved' }])
    expect((await whatNeedsDoing(payload, user('outsider'))).newslettersToApprove).toEqual([])
  })

  it('refuses the outsider’s Send on another community’s newsletter', async () => {
    expect((await json('outsider', `/newsletters/${id}/send`, 'POST')).status).toBe(404)
  })

  it('sends it when the editor approves, to Alderby’s followers only, with progress to follow', async () => {
    const response = await json('editor', `/newsletters/${id}/send`, 'POST')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'scheduled', message: 'Sending has started.' })
    const going = await whatNeedsDoing(payload, user('member'))
    expect(going.newslettersGoingOut).toEqual([{ id, subject: 'Alderby’s green is saved', status: 'scheduled', sent: 0, total: 0 }])
    await payload.jobs.run({ queue: 'newsletters' })
    expect(mailsTo('alderby.reader@example.org').map((mail) => mail.subject)).toEqual(['Alderby’s green is saved'])
    expect(mailsTo('bexcombe.reader@example.org')).toHaveLength(0)
    const progress = await call('member', `/newsletters/${id}/progress`)
    expect(await progress.json()).toMatchObject({ status: 'sent', sent: 1, failed: 0, total: 1 })
    expect((await whatNeedsDoing(payload, user('member'))).newslettersGoingOut).toEqual([])
  })

  it('keeps a sent newsletter’s status as the sender left it', async () => {
    expect((await json('editor', `/newsletters/${id}`, 'PATCH', { status: 'draft' })).status).toBe(200)
    expect((await payload.findByID({ collection: 'newsletters', id, depth: 0 })).status).toBe('sent')
    expect((await json('editor', `/newsletters/${id}/send`, 'POST')).status).toBe(409)
    expect((await json('member', `/newsletters/${id}`, 'PATCH', { subject: 'Changed after sending' })).status).toBe(403)
  })

  it('lets members send themselves when MEMBERS_MAY_SEND_NEWSLETTERS is true', async () => {
    process.env.MEMBERS_MAY_SEND_NEWSLETTERS = 'true'
    try {
      const { doc } = (await (await json('member', '/newsletters', 'POST', { subject: 'Straight from Alderby' })).json()) as { doc: { id: number } }
      expect(await (await json('member', `/newsletters/${doc.id}/send`, 'POST')).json()).toMatchObject({ status: 'scheduled' })
      await payload.jobs.run({ queue: 'newsletters' })
      expect(mailsTo('alderby.reader@example.org').map((mail) => mail.subject)).toContain('Straight from Alderby')
    } finally {
      delete process.env.MEMBERS_MAY_SEND_NEWSLETTERS
    }
  })
})

describe('what needs doing, scoped to the communities a member acts for', () => {
  /** Bexcombe's is saved as the admin saves an empty feedback group: with nulls. */
  const closedLongAgo = async (community: number | string, title: string) =>
    payload.create({
      collection: 'consultations',
      depth: 0,
      data: {
        title,
        communities: [community as number],
        summary: 'Closed seven weeks ago.',
        opensAt: daysFromNow(-80),
        closesAt: daysFromNow(-49),
        questions: [{ prompt: 'Anything else?', kind: 'text' }],
        feedback: community === app.world.bexcombe.id ? { youSaid: null, weDid: null, reportedAt: null } : undefined,
        _status: 'published',
      },
    })
  const pending = (consultation: { id: number | string; questions?: Array<{ id?: string | null }> | null }) =>
    payload.create({
      collection: 'responses',
      depth: 0,
      data: { consultation: consultation.id, channel: 'online', answers: [{ question: consultation.questions![0]!.id!, text: 'More benches' }] } as never,
    })
  let alderbys: Awaited<ReturnType<typeof closedLongAgo>>
  let bexcombes: Awaited<ReturnType<typeof closedLongAgo>>

  beforeAll(async () => {
    alderbys = await closedLongAgo(app.world.alderby.id, 'Alderby play park')
    bexcombes = await closedLongAgo(app.world.bexcombe.id, 'Bexcombe allotments')
    await pending(alderbys)
    await pending(alderbys)
    await pending(bexcombes)
    for (const [community, title] of [
      [app.world.alderby.id, 'Alderby bus shelter'],
      [app.world.bexcombe.id, 'Bexcombe speed limit'],
    ] as const) {
      const entry = await payload.create({
        collection: 'influence-logs',
        depth: 0,
        data: {
          title,
          community,
          date: daysFromNow(-30),
          partner: app.world.partner.id,
          whatChanged: 'It changed.',
          method: 'joint-working',
          kind: 'encouraged-others',
          _status: 'published',
        } as never,
      })
      await payload.update({
        collection: 'influence-logs',
        id: entry.id,
        depth: 0,
        data: { partnerConfirmation: { status: 'unconfirmed', requestedAt: daysFromNow(-20) } },
      })
    }
  })

  it('shows a member only their communities’ responses, overdue feedback and unconfirmed influence', async () => {
    const work = await whatNeedsDoing(payload, user('member'))
    expect(work.actsFor.communities.map((place) => place.name)).toEqual(['Alderby'])
    expect(work.actsFor.clusters.map((place) => [place.name, place.path])).toEqual([['Alder Vale', '/clusters/alder-vale/']])
    expect(work.responsesToModerate).toEqual([{ consultation: { id: alderbys.id, name: 'Alderby play park' }, count: 2 }])
    expect(work.feedbackOverdue.map((item) => item.title)).toEqual(['Alderby play park'])
    expect(work.confirmationsOverdue.map((item) => item.title)).toEqual(['Alderby bus shelter'])
    expect(work.siteBuild).toBeNull()
  })

  it('shows the outsider Bexcombe’s, and an editor the whole district', async () => {
    const outsider = await whatNeedsDoing(payload, user('outsider'))
    expect(outsider.responsesToModerate.map((item) => item.consultation.name)).toEqual(['Bexcombe allotments'])
    expect(outsider.feedbackOverdue.map((item) => item.title)).toEqual(['Bexcombe allotments'])
    expect(outsider.confirmationsOverdue.map((item) => item.title)).toEqual(['Bexcombe speed limit'])
    const editor = await whatNeedsDoing(payload, user('editor'))
    expect(editor.responsesToModerate.map((item) => item.consultation.name).sort()).toEqual(['Alderby play park', 'Bexcombe allotments'])
    expect(editor.feedbackOverdue.map((item) => item.title).sort()).toEqual(['Alderby play park', 'Bexcombe allotments'])
    expect(editor.confirmationsOverdue.map((item) => item.title).sort()).toEqual(['Alderby bus shelter', 'Bexcombe speed limit'])
    expect(editor.actsFor.communities).toEqual([])
  })

  it('clears the member’s items once they moderate and publish “you said, we did” through the API', async () => {
    const { docs } = await payload.find({ collection: 'responses', where: { consultation: { equals: alderbys.id } }, depth: 0 })
    for (const response of docs) expect((await json('member', `/responses/${response.id}`, 'PATCH', { moderation: 'approved' })).status).toBe(200)
    const report = await json('member', `/consultations/${alderbys.id}`, 'PATCH', {
      feedback: { youSaid: 'More benches.', weDid: 'Four benches went in.', reportedAt: daysFromNow(0) },
      _status: 'published',
    })
    expect(report.status).toBe(200)
    const work = await whatNeedsDoing(payload, user('member'))
    expect(work.responsesToModerate).toEqual([])
    expect(work.feedbackOverdue).toEqual([])
    expect((await whatNeedsDoing(payload, user('outsider'))).feedbackOverdue.map((item) => item.title)).toEqual(['Bexcombe allotments'])
  })

  it('refuses the member another community’s responses and feedback', async () => {
    const { docs } = await payload.find({ collection: 'responses', where: { consultation: { equals: bexcombes.id } }, depth: 0 })
    expect((await json('member', `/responses/${docs[0]!.id}`, 'PATCH', { moderation: 'approved' })).status).toBe(403)
    expect((await payload.findByID({ collection: 'responses', id: docs[0]!.id, depth: 0 })).moderation).toBe('pending')
    const report = await json('member', `/consultations/${bexcombes.id}`, 'PATCH', { feedback: { youSaid: 'x', weDid: 'y' }, _status: 'published' })
    expect(report.status).toBe(403)
  })
})

describe('Rebuild now', () => {
  const rebuild = (role: Role) =>
    call(role, '/site-build/rebuild', { method: 'POST', headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } })
  const queued = async () =>
    (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { queue: { equals: 'site' } }] } })).totalDocs

  it('queues a rebuild for an editor and sends the form back to the dashboard', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    const response = await rebuild('editor')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/admin?rebuild=queued')
    expect(await queued()).toBe(1)
  })

  it('refuses members and people not signed in', async () => {
    const response = await rebuild('member')
    expect(response.status).toBe(403)
    expect(((await response.json()) as { message: string }).message).toBe('Only editors and admins may rebuild the public site.')
    expect((await fetch(`${app.api.url}/api/site-build/rebuild`, { method: 'POST' })).status).toBe(403)
  })
})

describe('a list a role may not see', () => {
  const headersFor = (role: Role) => new Headers({ authorization: `JWT ${app.tokens[role]}` })

  it('sends a member who opens the Outbox to a sentence about their role', async () => {
    expect(await explainForbiddenList(payload, ['collections', 'outbox'], headersFor('member'))).toBe('/admin/not-for-your-role?list=outbox')
    expect(await explainForbiddenList(payload, ['collections', 'equality-answers', '3'], headersFor('editor'))).toBe(
      '/admin/not-for-your-role?list=equality-answers',
    )
    expect(notForYourRole(payload, 'outbox', 'member')).toEqual({
      title: 'Outbox is not open to a partnership member',
      reason: 'The Outbox keeps copies of mail sent to residents and partners, with their addresses, so only editors and admins read it.',
    })
  })

  it('lets through the people who may read the list, and lists a member may read', async () => {
    expect(await explainForbiddenList(payload, ['collections', 'outbox'], headersFor('editor'))).toBeNull()
    expect(await explainForbiddenList(payload, ['collections', 'responses'], headersFor('member'))).toBeNull()
    expect(await explainForbiddenList(payload, ['collections', 'no-such-list'], headersFor('member'))).toBeNull()
  })
})
