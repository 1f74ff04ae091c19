import { APIError, type CollectionSlug, Forbidden, NotFound, type Payload, createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Refusal } from '../../cms/lib/refusal'
import type { User } from '../../cms/payload-types'
import { paragraphs } from '../../cms/seed/richText'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

/**
 * Who may do what, for every collection and Payload's own collections and globals: table-driven
 * through the Local API with overrideAccess: false, as the REST API and the admin would run it.
 * Every collection is also copied (Payload's duplicate) by every role: a copy obeys the rules
 * of create, judged on what the copy will hold.
 */
type Who = 'public' | 'member' | 'outsider' | 'editor' | 'admin'
const EVERYONE: Who[] = ['public', 'member', 'outsider', 'editor', 'admin']
const SIGNED_IN: Who[] = ['member', 'outsider', 'editor', 'admin']
const STAFF: Who[] = ['editor', 'admin']

let test: TestPayload
let world: Fixtures
let payload: Payload
/** Bexcombe's own consultation: its responses belong to the outsider's community, not the member's. */
let bexcombeConsultation: Awaited<ReturnType<typeof makeFixtures>>['consultation']

beforeAll(async () => {
  test = await startPayload()
  payload = test.payload
  world = await makeFixtures(payload)
  bexcombeConsultation = await payload.create({
    collection: 'consultations',
    depth: 0,
    data: {
      title: 'Bexcombe bus stops',
      communities: [world.bexcombe.id],
      summary: 'Where should the stops go?',
      opensAt: daysFromNow(-5),
      closesAt: daysFromNow(20),
      questions: [{ prompt: 'Which stop do you use?', kind: 'text', required: true }],
      _status: 'published',
    },
  })
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
const create = (collection: CollectionSlug, data: () => Data) => async (who: Who) => payload.create({ collection, data: data() as never, ...as(who) })
const update = (collection: CollectionSlug, data: () => Data, change: Data | (() => Data)) => async (who: Who) =>
  payload.update({ collection, id: await fresh(collection, data()), data: typeof change === 'function' ? change() : change, ...as(who) })
const remove = (collection: CollectionSlug, data: () => Data) => async (who: Who) =>
  payload.delete({ collection, id: await fresh(collection, data()), ...as(who) })
/** Payload's duplicate of a fresh document: as a draft (`draft: true`) or as the source is. */
const copy =
  (collection: CollectionSlug, data: () => Data, options: { draft?: boolean; change?: () => Data } = {}) =>
  async (who: Who) =>
    payload.duplicate({ collection, id: await fresh(collection, data()), draft: options.draft, data: options.change?.(), ...as(who) })

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
const event = (owner: () => Data, status: 'draft' | 'published') => () => ({
  title: `Event ${Math.random()}`,
  ...owner(),
  kind: 'drop-in',
  summary: 'Tea and a paper form.',
  startsAt: daysFromNow(3),
  endsAt: daysFromNow(3.1),
  venue: { name: 'Village hall' },
  _status: status,
})
const toolkit = (status: 'draft' | 'published') => () => ({
  title: `Toolkit ${Math.random()}`,
  summary: 'How to.',
  audience: ['volunteers'],
  steps: [{ heading: 'One', body: paragraphs(['Do this first.']) }],
  _status: status,
})
const response = () => ({
  consultation: world.consultation.id,
  answers: [
    { question: world.consultation.questions?.[0]?.id, text: 'Trees' },
    { question: world.consultation.questions?.[3]?.id, rating: 5 },
  ],
})
const responseToBexcombe = () => ({
  consultation: bexcombeConsultation.id,
  answers: [{ question: bexcombeConsultation.questions?.[0]?.id, text: 'The one by the church' }],
})
/** Published by an editor, closed seven weeks ago: its "you said, we did" is due. */
const closedConsultation = (communities: () => unknown[], status: 'draft' | 'published') => () => ({
  ...consultation(communities, status)(),
  opensAt: daysFromNow(-80),
  closesAt: daysFromNow(-49),
})
const youSaidWeDid = { feedback: { youSaid: 'Keep the green.', weDid: 'We kept it.', reportedAt: daysFromNow(0) }, _status: 'published' }
const newsletterTo =
  (audience: () => Data, status = 'draft') =>
  () => ({ subject: `News ${Math.random()}`, audience: audience(), status })
const alderbysFollowers = () => ({ kind: 'communities', communities: [world.alderby.id] })
const bexcombesFollowers = () => ({ kind: 'communities', communities: [world.bexcombe.id] })
const clustersFollowers = () => ({ kind: 'cluster', cluster: world.cluster.id })
const everyone = () => ({ kind: 'everyone' })
const subscriber = () => ({ email: `s${Math.random()}@example.org`, consent: { givenAt: daysFromNow(0), source: 'website', wordingVersion: 'v1' } })
const alderby = () => ({ community: world.alderby.id })
const bexcombe = () => ({ community: world.bexcombe.id })
const cluster = () => ({ cluster: world.cluster.id })
let introYear = 2000
const introduction = (owner: () => Data, status: 'draft' | 'published') => () => ({
  ...owner(),
  year: (introYear += 1),
  narrative: 'What the year meant.',
  _status: status,
})
const district = () => ({ community: null, cluster: null })
/** Counts down from the last year a report may have, away from the years `introduction` counts up through. */
let copyYear = 2101
const anotherYear = () => ({ year: (copyYear -= 1) })

const reqFor = (who: Who) => createLocalReq({ user: userFor(who) ? { ...userFor(who)!, collection: 'users' } : undefined }, payload)
const image = async () => {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7d44' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: `field-${Math.random()}.png`, size: data.length }
}
const freshImage = async () => (await payload.create({ collection: 'media', data: { alt: 'A field' }, file: await image(), depth: 0 })).id
/** One of the admin's preferences (Payload sets its owner from the request's user). */
const adminsPreference = async () =>
  (
    await payload.create({
      collection: 'payload-preferences',
      data: { key: `columns-${Math.random()}`, value: { width: 3 } } as never,
      user: world.users.admin,
      depth: 0,
    })
  ).id
/** A lock on a document, held by `holder`, as the admin's server code makes one. */
const lockOn = (document: () => Promise<{ relationTo: CollectionSlug; value: number | string }>, holder: () => User) => async () => {
  const user = holder()
  return (
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: await document(), user: { relationTo: 'users', value: user.id } } as never,
      depth: 0,
    })
  ).id
}
const draftPlanOfAlderby = async () => ({ relationTo: 'plans' as const, value: await fresh('plans', plan(alderby, 'draft')()) })
const newsletterDraft = async () => ({
  relationTo: 'newsletters' as const,
  value: await fresh('newsletters', { subject: 'News', audience: { kind: 'everyone' } }),
})
const adminsLock = (document: () => Promise<{ relationTo: CollectionSlug; value: number | string }>) => lockOn(document, () => world.users.admin)
const updateLock = (lock: () => Promise<number | string>, change: (who: Who) => Data) => async (who: Who) =>
  payload.update({ collection: 'payload-locked-documents', id: await lock(), data: change(who), ...as(who) })
const takeOver = (who: Who) => ({ user: { relationTo: 'users', value: userFor(who)?.id ?? world.users.member.id } })
const versionOfADraftPlanOfAlderby = async () => {
  const id = await fresh('plans', plan(alderby, 'draft')())
  await payload.update({ collection: 'plans', id, data: { title: 'Second thoughts' }, draft: true })
  const { docs } = await payload.findVersions({ collection: 'plans', where: { parent: { equals: id } }, sort: 'createdAt', limit: 1, depth: 0 })
  return docs[0]!.id
}

type Row = [what: string, allowed: Who[], attempt: (who: Who) => Promise<unknown>]

const rows: Row[] = [
  ['read a community', EVERYONE, read('communities', community)],
  ['create a community', STAFF, create('communities', community)],
  ['update a community', STAFF, update('communities', community, { summary: 'Changed.' })],
  ['delete a community', ['admin'], remove('communities', community)],
  [
    'read a cluster',
    EVERYONE,
    read('clusters', () => ({ name: `Cluster ${Math.random()}`, members: [world.alderby.id, world.bexcombe.id], approach: 'area-plan' })),
  ],
  [
    'create a cluster',
    STAFF,
    create('clusters', () => ({ name: `Cluster ${Math.random()}`, members: [world.alderby.id, world.bexcombe.id], approach: 'area-plan' })),
  ],
  ['read a partner', EVERYONE, read('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police' }))],
  ['add a partner', STAFF, create('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police' }))],
  [
    'change a partner’s contact email',
    STAFF,
    update('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police', contact: { email: 'officer@example.org' } }), {
      contact: { email: 'me@example.org' },
    }),
  ],
  ['delete a partner', ['admin'], remove('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police' }))],
  ['add a partner strategy', STAFF, create('partner-strategies', () => ({ name: `Strategy ${Math.random()}`, kind: 'other', partner: world.partner.id }))],
  [
    'change a partner strategy',
    STAFF,
    update('partner-strategies', () => ({ name: `Strategy ${Math.random()}`, kind: 'other', partner: world.partner.id }), { summary: 'Renewed for 2027.' }),
  ],
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
  [
    'read a published consultation',
    EVERYONE,
    read(
      'consultations',
      consultation(() => [world.alderby.id], 'published'),
    ),
  ],
  [
    'read a draft consultation of Alderby',
    ['member', ...STAFF],
    read(
      'consultations',
      consultation(() => [world.alderby.id], 'draft'),
    ),
  ],
  [
    'draft a consultation for Alderby',
    ['member', ...STAFF],
    create(
      'consultations',
      consultation(() => [world.alderby.id], 'draft'),
    ),
  ],
  [
    'draft a consultation for Alderby and Bexcombe',
    STAFF,
    create(
      'consultations',
      consultation(() => [world.alderby.id, world.bexcombe.id], 'draft'),
    ),
  ],
  [
    'publish a consultation',
    STAFF,
    create(
      'consultations',
      consultation(() => [world.alderby.id], 'published'),
    ),
  ],
  ['read a published event', EVERYONE, read('events', event(alderby, 'published'))],
  ['read a draft event of Alderby', ['member', ...STAFF], read('events', event(alderby, 'draft'))],
  ['plan an event for Alderby', ['member', ...STAFF], create('events', event(alderby, 'published'))],
  ['plan an event for the cluster', ['member', ...STAFF], create('events', event(cluster, 'published'))],
  ['plan an event for Bexcombe', ['outsider', ...STAFF], create('events', event(bexcombe, 'published'))],
  ['edit an event of Bexcombe', ['outsider', ...STAFF], update('events', event(bexcombe, 'published'), { title: 'Edited event' })],
  ['delete an event of Alderby', ['member', ...STAFF], remove('events', event(alderby, 'published'))],
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
  [
    'edit the introduction of Bexcombe’s report',
    ['outsider', ...STAFF],
    update('achievement-reports', introduction(bexcombe, 'published'), { narrative: 'Edited.' }),
  ],
  ['turn Alderby’s introduction into the district’s', STAFF, update('achievement-reports', introduction(alderby, 'published'), { community: null })],
  ['read a response to Alderby’s consultation', ['member', ...STAFF], read('responses', response)],
  ['read a response to Bexcombe’s consultation', ['outsider', ...STAFF], read('responses', responseToBexcombe)],
  ['enter a paper response to Alderby’s consultation', ['member', ...STAFF], create('responses', () => ({ ...response(), channel: 'paper' }))],
  ['enter an event response to Bexcombe’s consultation', ['outsider', ...STAFF], create('responses', () => ({ ...responseToBexcombe(), channel: 'event' }))],
  ['moderate a response to Alderby’s consultation', ['member', ...STAFF], update('responses', response, { moderation: 'approved' })],
  ['moderate a response to Bexcombe’s consultation', ['outsider', ...STAFF], update('responses', responseToBexcombe, { moderation: 'approved' })],
  ['move a response from Alderby’s consultation to Bexcombe’s', STAFF, update('responses', response, responseToBexcombe)],
  ['delete a response', STAFF, remove('responses', response)],
  [
    'publish “you said, we did” on a closed consultation of Alderby',
    ['member', ...STAFF],
    update(
      'consultations',
      closedConsultation(() => [world.alderby.id], 'published'),
      youSaidWeDid,
    ),
  ],
  [
    'publish “you said, we did” on a closed consultation of Bexcombe',
    ['outsider', ...STAFF],
    update(
      'consultations',
      closedConsultation(() => [world.bexcombe.id], 'published'),
      youSaidWeDid,
    ),
  ],
  [
    'publish a closed consultation of Alderby never published before',
    STAFF,
    update(
      'consultations',
      closedConsultation(() => [world.alderby.id], 'draft'),
      youSaidWeDid,
    ),
  ],
  [
    'reopen a closed consultation of Alderby while reporting back',
    STAFF,
    update(
      'consultations',
      closedConsultation(() => [world.alderby.id], 'published'),
      { ...youSaidWeDid, closesAt: daysFromNow(10) },
    ),
  ],
  [
    'publish changes to an open consultation of Alderby',
    STAFF,
    update(
      'consultations',
      consultation(() => [world.alderby.id], 'published'),
      { title: 'Changed while open', _status: 'published' },
    ),
  ],
  ['read equality answers', ['admin'], read('equality-answers', () => ({ consultation: world.consultation.id, ageBand: '25-44' }))],
  ['enter equality answers from paper', STAFF, create('equality-answers', () => ({ consultation: world.consultation.id, ageBand: '25-44' }))],
  ['read a published toolkit', EVERYONE, read('guidance', toolkit('published'))],
  ['read a draft toolkit', STAFF, read('guidance', toolkit('draft'))],
  ['write a toolkit', STAFF, create('guidance', toolkit('draft'))],
  ['read a subscriber', STAFF, read('subscribers', subscriber)],
  ['add a subscriber', STAFF, create('subscribers', subscriber)],
  ['erase a subscriber', ['admin'], remove('subscribers', subscriber)],
  ['read a newsletter to everyone', STAFF, read('newsletters', newsletterTo(everyone))],
  ['write a newsletter to everyone', STAFF, create('newsletters', newsletterTo(everyone))],
  ['read a newsletter to Alderby’s followers', ['member', ...STAFF], read('newsletters', newsletterTo(alderbysFollowers))],
  ['draft a newsletter to Alderby’s followers', ['member', ...STAFF], create('newsletters', newsletterTo(alderbysFollowers))],
  ['draft a newsletter to the cluster’s followers', ['member', ...STAFF], create('newsletters', newsletterTo(clustersFollowers))],
  ['draft a newsletter to Bexcombe’s followers', ['outsider', ...STAFF], create('newsletters', newsletterTo(bexcombesFollowers))],
  [
    'draft a newsletter to Alderby’s and Bexcombe’s followers',
    STAFF,
    create(
      'newsletters',
      newsletterTo(() => ({ kind: 'communities', communities: [world.alderby.id, world.bexcombe.id] })),
    ),
  ],
  [
    'ask an editor to send a newsletter to Alderby’s followers',
    ['member', ...STAFF],
    update('newsletters', newsletterTo(alderbysFollowers), { status: 'approval' }),
  ],
  [
    'ask an editor to send a newsletter to Bexcombe’s followers',
    ['outsider', ...STAFF],
    update('newsletters', newsletterTo(bexcombesFollowers), { status: 'approval' }),
  ],
  [
    'send a newsletter to Alderby’s followers (members may not send, by default)',
    STAFF,
    update('newsletters', newsletterTo(alderbysFollowers), { status: 'scheduled', scheduledFor: daysFromNow(30) }),
  ],
  ['turn a newsletter to Alderby’s followers into one to everyone', STAFF, update('newsletters', newsletterTo(alderbysFollowers), { audience: everyone() })],
  ['edit a newsletter to Alderby’s followers once sent', STAFF, update('newsletters', newsletterTo(alderbysFollowers, 'sent'), { subject: 'Edited' })],
  ['delete a draft newsletter to Alderby’s followers', ['member', ...STAFF], remove('newsletters', newsletterTo(alderbysFollowers))],
  [
    'create a user',
    ['admin'],
    create('users', () => ({ name: 'New', email: `u${Math.random()}@example.org`, password: 'a long password here', role: 'member' })),
  ],
  [
    'read another user',
    STAFF,
    read('users', () => ({ name: 'Other', email: `o${Math.random()}@example.org`, password: 'a long password here', role: 'member' })),
  ],
  [
    'delete a user',
    ['admin'],
    remove('users', () => ({ name: 'Gone', email: `g${Math.random()}@example.org`, password: 'a long password here', role: 'member' })),
  ],
  ['read plan versions', STAFF, async (who) => payload.findVersions({ collection: 'plans', ...as(who) })],
  [
    'restore a version of a draft plan of Alderby',
    STAFF,
    async (who) => payload.restoreVersion({ collection: 'plans', id: await versionOfADraftPlanOfAlderby(), draft: true, ...as(who) }),
  ],
]

/** Payload's duplicate, for every collection. */
const copies: Row[] = [
  ['copy a community', STAFF, copy('communities', community)],
  [
    'copy a cluster',
    STAFF,
    copy('clusters', () => ({ name: `Cluster ${Math.random()}`, members: [world.alderby.id, world.bexcombe.id], approach: 'area-plan' })),
  ],
  ['copy a partner', STAFF, copy('partners', () => ({ name: `Partner ${Math.random()}`, kind: 'police', contact: { email: 'officer@example.org' } }))],
  ['copy a partner strategy', STAFF, copy('partner-strategies', () => ({ name: `Strategy ${Math.random()}`, kind: 'other', partner: world.partner.id }))],
  ['copy a draft plan of Alderby', ['member', ...STAFF], copy('plans', plan(alderby, 'draft'), { draft: true })],
  ['copy a draft plan of Bexcombe', ['outsider', ...STAFF], copy('plans', plan(bexcombe, 'draft'), { draft: true })],
  ['copy a published plan of Alderby as a draft', ['member', ...STAFF], copy('plans', plan(alderby, 'published'), { draft: true })],
  ['copy a published plan of Alderby, published', STAFF, copy('plans', plan(alderby, 'published'))],
  [
    'copy a published plan of Alderby into Bexcombe, as a draft',
    ['outsider', ...STAFF],
    copy('plans', plan(alderby, 'published'), { draft: true, change: () => ({ community: world.bexcombe.id }) }),
  ],
  [
    'copy a published consultation of Alderby as a draft',
    ['member', ...STAFF],
    copy(
      'consultations',
      consultation(() => [world.alderby.id], 'published'),
      { draft: true },
    ),
  ],
  [
    'copy a consultation of Alderby and Bexcombe as a draft',
    STAFF,
    copy(
      'consultations',
      consultation(() => [world.alderby.id, world.bexcombe.id], 'draft'),
      { draft: true },
    ),
  ],
  ['copy an event of Alderby', ['member', ...STAFF], copy('events', event(alderby, 'published'))],
  ['copy an event of Bexcombe', ['outsider', ...STAFF], copy('events', event(bexcombe, 'published'))],
  ['copy an influence log of Alderby', ['member', ...STAFF], copy('influence-logs', log(alderby, 'published'))],
  ['copy an influence log of the cluster', ['member', ...STAFF], copy('influence-logs', log(cluster, 'published'))],
  [
    'copy an influence log of Bexcombe',
    ['outsider', ...STAFF],
    copy('influence-logs', log(bexcombe, 'published'), { change: () => ({ title: 'Copied', moneyInfluenced: 999999 }) }),
  ],
  [
    'copy an influence log of Bexcombe into the cluster',
    ['member', ...STAFF],
    copy('influence-logs', log(bexcombe, 'published'), { change: () => ({ community: null, cluster: world.cluster.id }) }),
  ],
  [
    'copy an influence log of the cluster into Bexcombe, keeping the cluster',
    STAFF,
    copy('influence-logs', log(cluster, 'published'), { draft: true, change: () => ({ community: world.bexcombe.id }) }),
  ],
  [
    'copy an influence log of the cluster into Bexcombe',
    ['outsider', ...STAFF],
    copy('influence-logs', log(cluster, 'published'), { change: () => ({ community: world.bexcombe.id, cluster: null }) }),
  ],
  [
    'copy Alderby’s report introduction to another year',
    ['member', ...STAFF],
    copy('achievement-reports', introduction(alderby, 'published'), { change: anotherYear }),
  ],
  [
    'copy Bexcombe’s report introduction to another year',
    ['outsider', ...STAFF],
    copy('achievement-reports', introduction(bexcombe, 'published'), { change: anotherYear }),
  ],
  ['copy the district’s report introduction to another year', STAFF, copy('achievement-reports', introduction(district, 'published'), { change: anotherYear })],
  ['copy a response', [], copy('responses', response)],
  ['copy equality answers', [], copy('equality-answers', () => ({ consultation: world.consultation.id, ageBand: '25-44' }))],
  ['copy a published toolkit', STAFF, copy('guidance', toolkit('published'))],
  ['copy a subscriber', [], copy('subscribers', subscriber)],
  ['copy a newsletter to everyone', STAFF, copy('newsletters', newsletterTo(everyone))],
  ['copy a newsletter to Alderby’s followers', ['member', ...STAFF], copy('newsletters', newsletterTo(alderbysFollowers))],
  ['copy a newsletter to Bexcombe’s followers', ['outsider', ...STAFF], copy('newsletters', newsletterTo(bexcombesFollowers))],
  [
    'copy a newsletter delivery',
    [],
    async (who) => {
      const { value: newsletter } = await newsletterDraft()
      return payload.duplicate({
        collection: 'newsletter-deliveries',
        id: await fresh('newsletter-deliveries', { key: `d${Math.random()}`, newsletter, email: 'reader@example.org' }),
        ...as(who),
      })
    },
  ],
  ['copy a captured mail', [], copy('outbox', () => ({ to: 'reader@example.org', subject: 'Hello' }))],
  ['copy an image', SIGNED_IN, async (who) => payload.duplicate({ collection: 'media', id: await freshImage(), ...as(who) })],
  ['copy a user', [], copy('users', () => ({ name: 'Twin', email: `t${Math.random()}@example.org`, password: 'a long password here', role: 'member' }))],
  ['copy a lock', [], async (who) => payload.duplicate({ collection: 'payload-locked-documents', id: await adminsLock(draftPlanOfAlderby)(), ...as(who) })],
  [
    'copy the admin’s preferences',
    ['admin'],
    async (who) => payload.duplicate({ collection: 'payload-preferences', id: await adminsPreference(), ...as(who) }),
  ],
  [
    'copy a job',
    [],
    async (who) =>
      payload.duplicate({ collection: 'payload-jobs', id: (await payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: 'never-run' })).id, ...as(who) }),
  ],
  ['copy a migration record', [], copy('payload-migrations', () => ({ name: `m${Math.random()}`, batch: 99 }))],
]

/** Payload's own collections, globals and endpoints: the scheduler, document locks, preferences. */
const internals: Row[] = [
  ['read the site settings', EVERYONE, async (who) => payload.findGlobal({ slug: 'site-settings', ...as(who) })],
  [
    'rename the site in its settings',
    STAFF,
    async (who) => payload.updateGlobal({ slug: 'site-settings', data: { name: `Plans ${Math.random()}` }, ...as(who) }),
  ],
  ['read the job scheduler’s stats', ['admin'], async (who) => payload.findGlobal({ slug: 'payload-jobs-stats', ...as(who) })],
  [
    'write the job scheduler’s stats',
    [],
    async (who) => payload.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: { scheduledRuns: {} } }, ...as(who) }),
  ],
  ['run the job queue', ['admin'], async (who) => payload.jobs.run({ queue: 'never-run', overrideAccess: false, req: await reqFor(who) })],
  [
    'queue a job',
    ['admin'],
    async (who) => payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: 'never-run', overrideAccess: false, req: await reqFor(who) }),
  ],
  [
    'cancel a job',
    ['admin'],
    async (who) => payload.jobs.cancel({ queue: 'never-run', where: { queue: { equals: 'never-run' } }, overrideAccess: false, req: await reqFor(who) }),
  ],
  ['read the jobs', [], async (who) => payload.find({ collection: 'payload-jobs', ...as(who) })],
  [
    'see who holds a lock',
    SIGNED_IN,
    async (who) => payload.findByID({ collection: 'payload-locked-documents', id: await adminsLock(draftPlanOfAlderby)(), ...as(who) }),
  ],
  [
    'lock a draft plan of Alderby',
    [],
    async (who) =>
      payload.create({
        collection: 'payload-locked-documents',
        data: { document: await draftPlanOfAlderby(), user: { relationTo: 'users', value: userFor(who)?.id ?? world.users.member.id } } as never,
        ...as(who),
      }),
  ],
  [
    'lock a draft plan of Alderby in the admin’s name',
    [],
    async (who) =>
      payload.create({
        collection: 'payload-locked-documents',
        data: { document: await draftPlanOfAlderby(), user: { relationTo: 'users', value: world.users.admin.id } } as never,
        ...as(who),
      }),
  ],
  ['take over the admin’s lock on a draft plan of Alderby', ['member', ...STAFF], updateLock(adminsLock(draftPlanOfAlderby), takeOver)],
  ['take over the admin’s lock on a newsletter', STAFF, updateLock(adminsLock(newsletterDraft), takeOver)],
  [
    'hand the admin’s lock on a draft plan of Alderby to the outsider',
    [],
    updateLock(adminsLock(draftPlanOfAlderby), () => ({ user: { relationTo: 'users', value: world.users.outsider.id } })),
  ],
  [
    'move one’s own lock onto a newsletter',
    [],
    async (who) => {
      const holder = userFor(who) ?? world.users.member
      const lock = await lockOn(draftPlanOfAlderby, () => holder)()
      return payload.update({ collection: 'payload-locked-documents', id: lock, data: { document: await newsletterDraft() } as never, ...as(who) })
    },
  ],
  [
    'release the admin’s lock',
    ['admin'],
    async (who) => payload.delete({ collection: 'payload-locked-documents', id: await adminsLock(draftPlanOfAlderby)(), ...as(who) }),
  ],
  [
    'release one’s own lock',
    SIGNED_IN,
    async (who) =>
      payload.delete({ collection: 'payload-locked-documents', id: await lockOn(draftPlanOfAlderby, () => userFor(who) ?? world.users.member)(), ...as(who) }),
  ],
  ['read the admin’s preferences', ['admin'], async (who) => payload.findByID({ collection: 'payload-preferences', id: await adminsPreference(), ...as(who) })],
  [
    'change the admin’s preferences',
    ['admin'],
    async (who) => payload.update({ collection: 'payload-preferences', id: await adminsPreference(), data: { value: { width: 9 } }, ...as(who) }),
  ],
  ['delete the admin’s preferences', ['admin'], async (who) => payload.delete({ collection: 'payload-preferences', id: await adminsPreference(), ...as(who) })],
  ['read the migration records', ['admin'], async (who) => payload.find({ collection: 'payload-migrations', ...as(who) })],
  ['record a migration', [], create('payload-migrations', () => ({ name: `m${Math.random()}`, batch: 99 }))],
]

/** A collection whose records are never copied answers a duplicate with this. */
const notCopyable = (error: unknown): boolean => error instanceof APIError && error.status === 400 && /cannot be duplicated/.test(error.message)

/** Our own refusals of a forbidden action carry a sentence and status 403. */
const refusedWithReason = (error: unknown): boolean => error instanceof Refusal && error.status === 403

const outcome = async (attempt: () => Promise<unknown>): Promise<'allowed' | 'refused'> => {
  try {
    await attempt()
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound || notCopyable(error) || refusedWithReason(error)) return 'refused'
    throw error
  }
}

describe('the access matrix', () => {
  const cases = [...rows, ...copies, ...internals].flatMap(([what, allowed, attempt]) =>
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
    ['events', ['member', 'outsider', ...STAFF]],
    ['communities', STAFF],
    ['partners', STAFF],
    ['partner-strategies', STAFF],
    ['responses', ['member', 'outsider', ...STAFF]],
    ['newsletters', ['member', 'outsider', ...STAFF]],
    ['equality-answers', STAFF],
    ['subscribers', STAFF],
    ['users', ['admin']],
  ] as Array<[CollectionSlug, Who[]]>)('a "create" button for %s to %j only', async (collection, allowed) => {
    for (const who of EVERYONE) expect(await offersCreate(collection, who), who).toBe(allowed.includes(who))
  })
})

describe('personal and staff-only fields', () => {
  it('hides partner contacts and cluster coordinators’ emails from the public', async () => {
    const partner = await payload.create({
      collection: 'partners',
      data: { name: 'Private Contact Council', kind: 'council', contact: { name: 'Pat', email: 'pat@example.org' } },
    })
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
