import { type CollectionSlug, Forbidden, NotFound, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { paragraphs } from '../../cms/seed/richText'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

/**
 * Who may do what, for every collection: table-driven through the Local API with
 * overrideAccess: false, as the REST API and the admin would run it.
 */
type Who = 'public' | 'member' | 'outsider' | 'editor' | 'admin'
const EVERYONE: Who[] = ['public', 'member', 'outsider', 'editor', 'admin']
const SIGNED_IN: Who[] = ['member', 'outsider', 'editor', 'admin']
const STAFF: Who[] = ['editor', 'admin']

let test: TestPayload
let world: Fixtures
let payload: Payload

beforeAll(async () => {
  test = await startPayload()
  payload = test.payload
  world = await makeFixtures(payload)
})
afterAll(async () => test.stop())

const userFor = (who: Who): User | undefined => (who === 'public' ? undefined : world.users[who])
type Data = Record<string, unknown>

/** Made with full rights, as the thing to act on. */
const fresh = async (collection: CollectionSlug, data: Data): Promise<number | string> =>
  (await payload.create({ collection, data: data as never, depth: 0 })).id

const as = (who: Who) => ({ user: userFor(who), overrideAccess: false, depth: 0 }) as const

const read = (collection: CollectionSlug, data: () => Data) => async (who: Who) =>
  payload.findByID({ collection, id: await fresh(collection, data()), ...as(who) })
const create = (collection: CollectionSlug, data: () => Data) => async (who: Who) =>
  payload.create({ collection, data: data() as never, ...as(who) })
const update = (collection: CollectionSlug, data: () => Data, change: Data) => async (who: Who) =>
  payload.update({ collection, id: await fresh(collection, data()), data: change, ...as(who) })
const remove = (collection: CollectionSlug, data: () => Data) => async (who: Who) =>
  payload.delete({ collection, id: await fresh(collection, data()), ...as(who) })

const community = () => ({ name: `Place ${Math.random()}`, kind: 'village', summary: 'Somewhere.' })
const plan = (owner: () => Data, status: 'draft' | 'published') => () => ({
  title: `Plan ${Math.random()}`,
  ...owner(),
  period: { startYear: 2025, endYear: 2030 },
  priorities: [{ theme: 'housing' }],
  _status: status,
})
const consultation = (communities: () => unknown[], status: 'draft' | 'published') => () => ({
  title: `Consultation ${Math.random()}`,
  communities: communities(),
  summary: 'Tell us.',
  opensAt: daysFromNow(1),
  closesAt: daysFromNow(9),
  _status: status,
})
const log = (owner: () => Data, status: 'draft' | 'published') => () => ({
  title: `Log ${Math.random()}`,
  ...owner(),
  date: daysFromNow(-1),
  partner: world.partner.id,
  whatChanged: 'Something changed.',
  method: 'joint-working',
  kind: 'encouraged-others',
  _status: status,
})
const toolkit = (status: 'draft' | 'published') => () => ({ title: `Toolkit ${Math.random()}`, summary: 'How to.', audience: ['volunteers'], steps: [{ heading: 'One', body: paragraphs(['Do this first.']) }], _status: status })
const response = () => ({
  consultation: world.consultation.id,
  answers: [
    { question: world.consultation.questions?.[0]?.id, text: 'Trees' },
    { question: world.consultation.questions?.[3]?.id, rating: 5 },
  ],
})
const subscriber = () => ({ email: `s${Math.random()}@example.org`, consent: { givenAt: daysFromNow(0), source: 'website', wordingVersion: 'v1' } })
const alderby = () => ({ community: world.alderby.id })
const bexcombe = () => ({ community: world.bexcombe.id })
const cluster = () => ({ cluster: world.cluster.id })
let introYear = 2000
const introduction = (owner: () => Data, status: 'draft' | 'published') => () => ({ ...owner(), year: (introYear += 1), narrative: 'What the year meant.', _status: status })
const district = () => ({ community: null, cluster: null })

type Row = [what: string, allowed: Who[], attempt: (who: Who) => Promise<unknown>]

const rows: Row[] = [
  ['read a community', EVERYONE, read('communities', community)],
  ['create a community', STAFF, create('communities', community)],
  ['update a community', STAFF, update('communities', community, { summary: 'Changed.' })],
  ['delete a community', ['admin'], remove('communities', community)],
  ['read a cluster', EVERYONE, read('clusters', () => ({ name: `Cluster ${Math.random()}`, members: [world.alderby.id, world.bexcombe.id], approach: 'area-plan' }))],
  ['create a cluster', STAFF, create('clusters', () => ({ name: `Cluster ${Math.random()}`, members: [world.alderby.id, world.bexcombe.id], approach: 'area-plan' }))],
  ['read a partner', EVERYONE, read('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police' }))],
  ['add a partner', SIGNED_IN, create('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police' }))],
  ['delete a partner', ['admin'], remove('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police' }))],
  ['add a partner strategy', SIGNED_IN, create('partner-strategies', () => ({ name: `Strategy ${Math.random()}`, kind: 'other', partner: world.partner.id }))],
  ['read a published plan', EVERYONE, read('plans', plan(alderby, 'published'))],
  ['read a draft plan of Alderby', ['member', ...STAFF], read('plans', plan(alderby, 'draft'))],
  ['read a draft plan of Bexcombe', ['outsider', ...STAFF], read('plans', plan(bexcombe, 'draft'))],
  ['read a draft plan of the cluster', ['member', ...STAFF], read('plans', plan(cluster, 'draft'))],
  ['draft a plan for Alderby', ['member', ...STAFF], create('plans', plan(alderby, 'draft'))],
  ['draft a plan for Bexcombe', ['outsider', ...STAFF], create('plans', plan(bexcombe, 'draft'))],
  ['publish a new plan for Alderby', STAFF, create('plans', plan(alderby, 'published'))],
  ['edit a draft plan of Alderby', ['member', ...STAFF], update('plans', plan(alderby, 'draft'), { title: 'Edited' })],
  ['publish a draft plan of Alderby', STAFF, update('plans', plan(alderby, 'draft'), { _status: 'published' })],
  ['move a draft plan of Alderby to Bexcombe', STAFF, async (who) => update('plans', plan(alderby, 'draft'), { community: world.bexcombe.id })(who)],
  ['delete a plan', STAFF, remove('plans', plan(alderby, 'draft'))],
  ['read a published consultation', EVERYONE, read('consultations', consultation(() => [world.alderby.id], 'published'))],
  ['read a draft consultation of Alderby', ['member', ...STAFF], read('consultations', consultation(() => [world.alderby.id], 'draft'))],
  ['draft a consultation for Alderby', ['member', ...STAFF], create('consultations', consultation(() => [world.alderby.id], 'draft'))],
  ['draft a consultation for Alderby and Bexcombe', STAFF, create('consultations', consultation(() => [world.alderby.id, world.bexcombe.id], 'draft'))],
  ['publish a consultation', STAFF, create('consultations', consultation(() => [world.alderby.id], 'published'))],
  ['read a published influence log', EVERYONE, read('influence-logs', log(alderby, 'published'))],
  ['read a draft influence log of Alderby', ['member', ...STAFF], read('influence-logs', log(alderby, 'draft'))],
  ['log influence for Alderby', ['member', ...STAFF], create('influence-logs', log(alderby, 'published'))],
  ['log influence for the cluster', ['member', ...STAFF], create('influence-logs', log(cluster, 'published'))],
  ['log influence for Bexcombe', ['outsider', ...STAFF], create('influence-logs', log(bexcombe, 'published'))],
  ['edit an influence log of Bexcombe', ['outsider', ...STAFF], update('influence-logs', log(bexcombe, 'published'), { title: 'Edited log' })],
  ['delete an influence log of Alderby', ['member', ...STAFF], remove('influence-logs', log(alderby, 'published'))],
  ['read a published report introduction', EVERYONE, read('achievement-reports', introduction(alderby, 'published'))],
  ['read a draft report introduction of Alderby', ['member', ...STAFF], read('achievement-reports', introduction(alderby, 'draft'))],
  ['introduce Alderby’s annual report', ['member', ...STAFF], create('achievement-reports', introduction(alderby, 'published'))],
  ['introduce the cluster’s annual report', ['member', ...STAFF], create('achievement-reports', introduction(cluster, 'published'))],
  ['introduce Bexcombe’s annual report', ['outsider', ...STAFF], create('achievement-reports', introduction(bexcombe, 'published'))],
  ['introduce the district’s annual report', STAFF, create('achievement-reports', introduction(district, 'published'))],
  ['edit the introduction of Bexcombe’s report', ['outsider', ...STAFF], update('achievement-reports', introduction(bexcombe, 'published'), { narrative: 'Edited.' })],
  ['turn Alderby’s introduction into the district’s', STAFF, update('achievement-reports', introduction(alderby, 'published'), { community: null })],
  ['read a response', STAFF, read('responses', response)],
  ['enter a paper response', STAFF, create('responses', () => ({ ...response(), channel: 'paper' }))],
  ['moderate a response', STAFF, update('responses', response, { moderation: 'approved' })],
  ['read equality answers', ['admin'], read('equality-answers', () => ({ consultation: world.consultation.id, ageBand: '25-44' }))],
  ['enter equality answers from paper', STAFF, create('equality-answers', () => ({ consultation: world.consultation.id, ageBand: '25-44' }))],
  ['read a published toolkit', EVERYONE, read('guidance', toolkit('published'))],
  ['read a draft toolkit', STAFF, read('guidance', toolkit('draft'))],
  ['write a toolkit', STAFF, create('guidance', toolkit('draft'))],
  ['read a subscriber', STAFF, read('subscribers', subscriber)],
  ['add a subscriber', STAFF, create('subscribers', subscriber)],
  ['erase a subscriber', ['admin'], remove('subscribers', subscriber)],
  ['read a newsletter', STAFF, read('newsletters', () => ({ subject: 'News', audience: { kind: 'everyone' } }))],
  ['write a newsletter', STAFF, create('newsletters', () => ({ subject: 'News', audience: { kind: 'everyone' } }))],
  ['create a user', ['admin'], create('users', () => ({ name: 'New', email: `u${Math.random()}@example.org`, password: 'a long password here', role: 'member' }))],
  ['read another user', STAFF, read('users', () => ({ name: 'Other', email: `o${Math.random()}@example.org`, password: 'a long password here', role: 'member' }))],
  ['delete a user', ['admin'], remove('users', () => ({ name: 'Gone', email: `g${Math.random()}@example.org`, password: 'a long password here', role: 'member' }))],
]

const outcome = async (attempt: () => Promise<unknown>): Promise<'allowed' | 'refused'> => {
  try {
    await attempt()
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound) return 'refused'
    throw error
  }
}

describe('the access matrix', () => {
  const cases = rows.flatMap(([what, allowed, attempt]) =>
    EVERYONE.map((who) => ({ what, who, expected: allowed.includes(who) ? 'allowed' : 'refused', attempt })),
  )
  it.each(cases)('$who: $what is $expected', async ({ who, expected, attempt }) => {
    expect(await outcome(() => attempt(who))).toBe(expected)
  })
})

describe('what the admin offers', () => {
  const offersCreate = async (collection: CollectionSlug, who: Who) => {
    const access = payload.collections[collection].config.access.create
    const req = { user: userFor(who) ? { ...userFor(who), collection: 'users' } : null, payload }
    return Boolean(await access({ req } as never))
  }
  it.each([
    ['plans', ['member', 'outsider', ...STAFF]],
    ['consultations', ['member', 'outsider', ...STAFF]],
    ['influence-logs', ['member', 'outsider', ...STAFF]],
    ['communities', STAFF],
    ['responses', STAFF],
    ['subscribers', STAFF],
    ['users', ['admin']],
  ] as Array<[CollectionSlug, Who[]]>)('a "create" button for %s to %j only', async (collection, allowed) => {
    for (const who of EVERYONE) expect(await offersCreate(collection, who), who).toBe(allowed.includes(who))
  })

})

describe('personal and staff-only fields', () => {
  it('hides partner contacts and cluster coordinators’ emails from the public', async () => {
    const partner = await payload.create({ collection: 'partners', data: { name: 'Private Contact Council', kind: 'council', contact: { name: 'Pat', email: 'pat@example.org' } } })
    const asPublic = await payload.findByID({ collection: 'partners', id: partner.id, overrideAccess: false })
    expect(asPublic.contact?.email).toBeUndefined()
    const asMember = await payload.findByID({ collection: 'partners', id: partner.id, overrideAccess: false, user: world.users.member })
    expect(asMember.contact?.email).toBe('pat@example.org')
  })

  it('does not let a member promote themselves or change whom they act for', async () => {
    const { member } = world.users
    await payload.update({ collection: 'users', id: member.id, data: { role: 'admin', communities: [world.bexcombe.id] }, user: member, overrideAccess: false })
    const after = await payload.findByID({ collection: 'users', id: member.id, depth: 0 })
    expect(after.role).toBe('member')
    expect(after.communities).toEqual([world.alderby.id])
  })

  it('does not let a member mark their own influence as confirmed by the partner', async () => {
    const entry = await payload.create({
      collection: 'influence-logs',
      data: { ...log(alderby, 'published')(), partnerConfirmation: { status: 'confirmed' } } as never,
      user: world.users.member,
      overrideAccess: false,
    })
    expect((await payload.findByID({ collection: 'influence-logs', id: entry.id })).partnerConfirmation?.status).toBe('unconfirmed')
  })

})
