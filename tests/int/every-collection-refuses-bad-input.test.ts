import { APIError, type CollectionSlug, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => test.stop())

const square = [
  [-2, 51],
  [-2, 51.1],
  [-1.9, 51.1],
  [-1.9, 51],
  [-2, 51],
]

type Case = { name: string; collection: CollectionSlug; data: () => Record<string, unknown>; path: string }

const validCommunity = () => ({ name: 'Newplace', kind: 'village', summary: 'A new place.' })
const validPlan = () => ({
  title: 'Alderby Plan',
  community: world.alderby.id,
  period: { startYear: 2025, endYear: 2030 },
  priorities: [{ theme: 'transport' }],
  actions: [{ title: 'More buses', theme: 'transport', status: 'in-progress', progress: 40 }],
  _status: 'published',
})
const validConsultation = () => ({
  title: 'Parking survey',
  communities: [world.alderby.id],
  summary: 'Where should people park?',
  opensAt: daysFromNow(1),
  closesAt: daysFromNow(30),
  _status: 'published',
})
const questionIds = () => (world.consultation.questions ?? []).map((question) => question.id as string)
const validLog = () => ({
  title: 'Council moved the bin round',
  community: world.alderby.id,
  date: daysFromNow(-3),
  partner: world.partner.id,
  whatChanged: 'Streets are swept after collection.',
  method: 'relationships',
  kind: 'changed-policy',
  _status: 'published',
})
const validSubscriber = () => ({
  email: 'someone@example.org',
  status: 'pending',
  consent: { givenAt: daysFromNow(0), source: 'website', wordingVersion: 'v1' },
})

const cases: Case[] = [
  { name: 'a community without a name', collection: 'communities', data: () => ({ ...validCommunity(), name: '' }), path: 'name' },
  { name: 'a community of an unknown kind', collection: 'communities', data: () => ({ ...validCommunity(), kind: 'castle' }), path: 'kind' },
  { name: 'a slug with spaces and capitals', collection: 'communities', data: () => ({ ...validCommunity(), slug: 'New Place' }), path: 'slug' },
  { name: 'a slug already taken', collection: 'communities', data: () => ({ ...validCommunity(), slug: 'alderby' }), path: 'slug' },
  { name: 'a negative population', collection: 'communities', data: () => ({ ...validCommunity(), population: -5 }), path: 'population' },
  { name: 'a fractional population', collection: 'communities', data: () => ({ ...validCommunity(), population: 12.5 }), path: 'population' },
  {
    name: 'an unclosed boundary',
    collection: 'communities',
    data: () => ({ ...validCommunity(), boundary: JSON.stringify({ type: 'Polygon', coordinates: [square.slice(0, 4)] }) }),
    path: 'boundary',
  },
  {
    name: 'a boundary in British National Grid eastings and northings',
    collection: 'communities',
    data: () => ({
      ...validCommunity(),
      boundary: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [406149, 151420],
            [408036, 151198],
            [407938, 149994],
            [406149, 151420],
          ],
        ],
      }),
    }),
    path: 'boundary',
  },
  { name: 'a boundary that is not JSON', collection: 'communities', data: () => ({ ...validCommunity(), boundary: '{ type: Polygon' }), path: 'boundary' },
  {
    name: 'a contact email that is not one',
    collection: 'communities',
    data: () => ({ ...validCommunity(), contact: { email: 'clerk at alderby' } }),
    path: 'contact.email',
  },
  { name: 'a cluster of one', collection: 'clusters', data: () => ({ name: 'Solo', members: [world.alderby.id], approach: 'joint-plan' }), path: 'members' },
  {
    name: 'a cluster with an unknown approach',
    collection: 'clusters',
    data: () => ({ name: 'Duo', members: [world.alderby.id, world.bexcombe.id], approach: 'vibes' }),
    path: 'approach',
  },
  { name: 'a partner of an unknown kind', collection: 'partners', data: () => ({ name: 'Acme', kind: 'bank' }), path: 'kind' },
  {
    name: 'a partner website that is not a web address',
    collection: 'partners',
    data: () => ({ name: 'Acme', kind: 'other', website: 'javascript:alert(1)' }),
    path: 'website',
  },
  { name: 'a strategy without its partner', collection: 'partner-strategies', data: () => ({ name: 'Orphan plan', kind: 'other' }), path: 'partner' },
  { name: 'a plan owned by a community and a cluster', collection: 'plans', data: () => ({ ...validPlan(), cluster: world.cluster.id }), path: 'community' },
  { name: 'a plan owned by nobody', collection: 'plans', data: () => ({ ...validPlan(), community: undefined }), path: 'community' },
  {
    name: 'a plan with more priorities than there are themes',
    collection: 'plans',
    data: () => ({ ...validPlan(), priorities: Array.from({ length: 13 }, () => ({ theme: 'transport' })) }),
    path: 'priorities',
  },
  {
    name: 'a plan ending before it starts',
    collection: 'plans',
    data: () => ({ ...validPlan(), period: { startYear: 2030, endYear: 2025 } }),
    path: 'period.endYear',
  },
  {
    name: 'an action outside the plan’s priorities',
    collection: 'plans',
    data: () => ({ ...validPlan(), actions: [{ title: 'Clinic', theme: 'health', status: 'not-started', progress: 0 }] }),
    path: 'actions.0.theme',
  },
  {
    name: 'a done action at 50%',
    collection: 'plans',
    data: () => ({ ...validPlan(), actions: [{ title: 'Buses', theme: 'transport', status: 'done', progress: 50 }] }),
    path: 'actions.0.progress',
  },
  {
    name: 'an unstarted action at 10%',
    collection: 'plans',
    data: () => ({ ...validPlan(), actions: [{ title: 'Buses', theme: 'transport', status: 'not-started', progress: 10 }] }),
    path: 'actions.0.progress',
  },
  {
    name: 'a consultation closing before it opens',
    collection: 'consultations',
    data: () => ({ ...validConsultation(), closesAt: daysFromNow(-1) }),
    path: 'closesAt',
  },
  {
    name: 'a choice question with one option',
    collection: 'consultations',
    data: () => ({ ...validConsultation(), questions: [{ prompt: 'Yes?', kind: 'single', options: [{ label: 'Yes' }] }] }),
    path: 'questions.0.options',
  },
  { name: 'a consultation with no summary', collection: 'consultations', data: () => ({ ...validConsultation(), summary: '' }), path: 'summary' },
  {
    name: 'a second age question beside the “About you” section’s',
    collection: 'consultations',
    data: () => ({ ...validConsultation(), questions: [{ prompt: 'How old are you?', kind: 'single', options: [{ label: 'Young' }, { label: 'Old' }] }] }),
    path: 'questions',
  },
  {
    name: 'a scale whose hint says what 1 and 5 mean, doubling its end labels',
    collection: 'consultations',
    data: () => ({ ...validConsultation(), questions: [{ prompt: 'How safe?', kind: 'scale', hint: '1 is not safe at all, 5 is completely safe.' }] }),
    path: 'questions.0.hint',
  },
  {
    name: 'an answer to a question not asked',
    collection: 'responses',
    data: () => ({ consultation: world.consultation.id, answers: [{ question: 'made-up', text: 'hello' }] }),
    path: 'answers.0.question',
  },
  {
    name: 'a response missing a required answer',
    collection: 'responses',
    data: () => ({ consultation: world.consultation.id, answers: [{ question: questionIds()[3], rating: 3 }] }),
    path: 'answers',
  },
  {
    name: 'a rating of 9',
    collection: 'responses',
    data: () => ({
      consultation: world.consultation.id,
      answers: [
        { question: questionIds()[0], text: 'Trees' },
        { question: questionIds()[3], rating: 9 },
      ],
    }),
    path: 'answers.1.rating',
  },
  {
    name: 'a response to a consultation that does not exist',
    collection: 'responses',
    data: () => ({ consultation: 999999, answers: [] }),
    path: 'consultation',
  },
  {
    name: 'every problem of a response at once',
    collection: 'responses',
    data: () => ({
      consultation: world.consultation.id,
      answers: [
        { question: questionIds()[1], choices: ['nope'] },
        { question: questionIds()[3], rating: 0 },
      ],
    }),
    path: 'answers.1.rating',
  },
  {
    name: 'a response on an unknown channel',
    collection: 'responses',
    data: () => ({
      consultation: world.consultation.id,
      channel: 'pigeon',
      answers: [
        { question: questionIds()[0], text: 'Trees' },
        { question: questionIds()[3], rating: 2 },
      ],
    }),
    path: 'channel',
  },
  {
    name: 'an equality answer outside the list',
    collection: 'equality-answers',
    data: () => ({ consultation: world.consultation.id, ageBand: '200-plus' }),
    path: 'ageBand',
  },
  {
    name: 'a toolkit with no steps',
    collection: 'guidance',
    data: () => ({ title: 'Empty', summary: 'Nothing here.', audience: ['residents'], steps: [], _status: 'published' }),
    path: 'steps',
  },
  {
    name: 'a toolkit for nobody',
    collection: 'guidance',
    data: () => ({ title: 'Nobody', summary: 'For no one.', audience: [], steps: [{ heading: 'One', body: null }], _status: 'published' }),
    path: 'audience',
  },
  { name: 'influence logged in the future', collection: 'influence-logs', data: () => ({ ...validLog(), date: daysFromNow(30) }), path: 'date' },
  { name: 'negative money influenced', collection: 'influence-logs', data: () => ({ ...validLog(), moneyInfluenced: -1 }), path: 'moneyInfluenced' },
  { name: 'money with a fraction of a penny', collection: 'influence-logs', data: () => ({ ...validLog(), moneyInfluenced: 10.555 }), path: 'moneyInfluenced' },
  {
    name: 'an evidence link that is not a web address',
    collection: 'influence-logs',
    data: () => ({ ...validLog(), evidence: { links: [{ label: 'Minutes', url: 'see the folder' }] } }),
    path: 'evidence.links.0.url',
  },
  { name: 'an unknown influence method', collection: 'influence-logs', data: () => ({ ...validLog(), method: 'bribery' }), path: 'method' },
  {
    name: 'a report introduction for a community and a cluster at once',
    collection: 'achievement-reports',
    data: () => ({ community: world.alderby.id, cluster: world.cluster.id, year: 2025, narrative: 'Our year.' }),
    path: 'community',
  },
  {
    name: 'a report introduction for a fractional year',
    collection: 'achievement-reports',
    data: () => ({ community: world.alderby.id, year: 2025.5, narrative: 'Our year.' }),
    path: 'year',
  },
  {
    name: 'a report introduction without words',
    collection: 'achievement-reports',
    data: () => ({ community: world.alderby.id, year: 2025, narrative: '' }),
    path: 'narrative',
  },
  { name: 'a subscriber email that is not one', collection: 'subscribers', data: () => ({ ...validSubscriber(), email: 'not-an-email' }), path: 'email' },
  {
    name: 'a subscriber without a consent time',
    collection: 'subscribers',
    data: () => ({ ...validSubscriber(), consent: { source: 'website', wordingVersion: 'v1' } }),
    path: 'consent.givenAt',
  },
  {
    name: 'a newsletter to chosen communities with none chosen',
    collection: 'newsletters',
    data: () => ({ subject: 'News', audience: { kind: 'communities', communities: [] } }),
    path: 'audience.communities',
  },
  {
    name: 'a scheduled newsletter with no time',
    collection: 'newsletters',
    data: () => ({ subject: 'News', status: 'scheduled', audience: { kind: 'everyone' } }),
    path: 'scheduledFor',
  },
  {
    name: 'a user with an unknown role',
    collection: 'users',
    data: () => ({ name: 'X', email: 'x@example.org', password: 'long enough password', role: 'overlord' }),
    path: 'role',
  },
]

describe('bad input is refused with an error naming the field, and nothing is written', () => {
  it.each(cases)('$collection: $name', async ({ collection, data, path }) => {
    const { payload } = test
    const before = await payload.count({ collection })
    const error = await payload.create({ collection, data: data() as never, depth: 0 }).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error, 'the create should have been refused').toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors.map((problem) => problem.path)).toContain(path)
    expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a subscriber whose email differs from an existing one only in case and spaces', async () => {
    const { payload } = test
    await payload.create({ collection: 'subscribers', data: validSubscriber() as never })
    const error = await payload
      .create({ collection: 'subscribers', data: { ...validSubscriber(), email: '  SomeOne@Example.ORG ' } as never })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toContainEqual(expect.objectContaining({ path: 'email', message: 'This address is already subscribed.' }))
    expect((await payload.count({ collection: 'subscribers', where: { email: { equals: 'someone@example.org' } } })).totalDocs).toBe(1)
  })

  it('refuses to delete a partner or consultation that others still need, saying why', async () => {
    const { payload } = test
    const partnerError = await payload.delete({ collection: 'partners', id: world.partner.id }).catch((caught: unknown) => caught)
    expect(partnerError).toBeInstanceOf(APIError)
    expect((partnerError as APIError).status).toBe(409)
    expect((partnerError as APIError).message).toBe('This partner is still used by 1 strategy (“Testshire Local Plan”). Change or delete those first.')
    expect(await payload.findByID({ collection: 'partners', id: world.partner.id, depth: 0 })).toMatchObject({ name: 'Testshire Council' })

    const [text, , , scale] = world.consultation.questions ?? []
    await payload.create({
      collection: 'responses',
      data: {
        consultation: world.consultation.id,
        channel: 'paper',
        moderation: 'pending',
        answers: [
          { question: text!.id as string, text: 'Yes' },
          { question: scale!.id as string, rating: 4 },
        ],
      },
    })
    const consultationError = await payload.delete({ collection: 'consultations', id: world.consultation.id }).catch((caught: unknown) => caught)
    expect((consultationError as APIError).message).toMatch(/^This consultation is still used by \d+ responses? \(“R-/)
    expect((await payload.count({ collection: 'consultations', where: { id: { equals: world.consultation.id } } })).totalDocs).toBe(1)
  })

  it('keeps one introduction per report: per community, cluster or district and year', async () => {
    const { payload } = test
    const intro = (owner: Record<string, unknown>, year: number) =>
      payload.create({
        collection: 'achievement-reports',
        data: { ...owner, year, narrative: 'What the year meant.', _status: 'published' } as never,
        depth: 0,
      })
    await intro({ community: world.alderby.id }, 2024)
    await intro({ cluster: world.cluster.id }, 2024)
    await intro({}, 2024)
    await intro({ community: world.alderby.id }, 2023)
    for (const owner of [{ community: world.alderby.id }, { cluster: world.cluster.id }, {}]) {
      const error = await intro(owner, 2024).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).data.errors).toContainEqual(
        expect.objectContaining({ path: 'year', message: 'This report already has an introduction for 2024: edit that one instead.' }),
      )
    }
    expect((await payload.count({ collection: 'achievement-reports', where: { year: { equals: 2024 } } })).totalDocs).toBe(3)
  })

  it('refuses a plan that replaces itself, leaving it unchanged', async () => {
    const { payload } = test
    const plan = await payload.create({ collection: 'plans', data: validPlan() as never, depth: 0 })
    const error = await payload.update({ collection: 'plans', id: plan.id, data: { supersededBy: plan.id } }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((await payload.findByID({ collection: 'plans', id: plan.id, depth: 0 })).supersededBy).toBeFalsy()
  })
})
