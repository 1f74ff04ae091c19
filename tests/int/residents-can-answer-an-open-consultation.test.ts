import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Consultation } from '../../cms/payload-types'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { formFieldsOf, postForm } from './support/responseForm'

let app: TestPayload
let api: ApiServer
let world: Fixtures
let fields: ReturnType<typeof formFieldsOf>
let respondUrl: string

beforeAll(async () => {
  process.env.SITE_URL = 'https://site.example.org'
  process.env.RESPONSES_PER_IP_PER_HOUR = '5'
  app = await startPayload()
  world = await makeFixtures(app.payload)
  const { default: config } = await import('@payload-config')
  // Each test names its own caller, so the per-address limit is tested without tripping the others.
  api = await startApiServer(config, { peerFor: (req) => String(req.headers['x-test-peer'] ?? '192.0.2.1') })
  fields = formFieldsOf(world.consultation)
  respondUrl = `${api.url}/api/consultations/${world.consultation.id}/respond`
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const field = (index: number) => () => fields[index]!
const [text, single, multiple, scale] = [field(0), field(1), field(2), field(3)]

const responsesTo = async (consultation: Consultation) =>
  (await app.payload.find({ collection: 'responses', where: { consultation: { equals: consultation.id } }, depth: 0, pagination: false })).docs

describe('answering an open consultation', () => {
  it('stores a plain form post as a pending online response and sends the person to a thank-you page with their reference', async () => {
    const form = new URLSearchParams([
      [text().name, 'A community garden with benches, please.'],
      [single().name, single().options[1]!],
      [multiple().name, multiple().options[0]!],
      [multiple().name, multiple().options[2]!],
      [scale().name, '4'],
      ['eq-ageBand', '45-64'],
      ['eq-gender', 'Woman'],
      ['website', ''],
    ])
    const response = await postForm(respondUrl, form, { 'x-test-peer': '192.0.2.10' })
    expect(response.status).toBe(303)
    const [stored] = await responsesTo(world.consultation)
    expect(stored).toMatchObject({ channel: 'online', moderation: 'pending' })
    expect(stored!.reference).toMatch(/^R-[0-9A-F]{8}$/)
    const location = new URL(response.headers.get('location')!)
    expect(location.pathname).toBe(`/api/consultations/${world.consultation.id}/thank-you`)
    expect(location.searchParams.get('reference')).toBe(stored!.reference)
    const thanks = await fetch(`${respondUrl.replace(/\/respond$/, '/thank-you')}?reference=${stored!.reference}`)
    expect(thanks.status).toBe(200)
    expect(await thanks.text()).toContain(`Your reference is <strong class="reference">${stored!.reference}</strong>`)
    expect(
      stored!.answers?.map(({ question, text: written, choices, rating }) => ({
        question,
        written: written ?? null,
        choices: choices?.length ? choices : null,
        rating: rating ?? null,
      })),
    ).toEqual([
      { question: world.consultation.questions![0]!.id, written: 'A community garden with benches, please.', choices: null, rating: null },
      { question: world.consultation.questions![1]!.id, written: null, choices: [single().options[1]], rating: null },
      { question: world.consultation.questions![2]!.id, written: null, choices: [multiple().options[0], multiple().options[2]], rating: null },
      { question: world.consultation.questions![3]!.id, written: null, choices: null, rating: 4 },
    ])
  })

  it('keeps equality answers apart, with no link to the response', async () => {
    const { docs } = await app.payload.find({ collection: 'equality-answers', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ ageBand: '45-64', gender: 'Woman' })
    expect(Object.keys(docs[0]!)).not.toContain('response')
  })

  it('answers a JSON client with the reference', async () => {
    const response = await fetch(respondUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-test-peer': '192.0.2.11' },
      body: JSON.stringify({ [text().name]: 'More trees.', [scale().name]: 5 }),
    })
    expect(response.status).toBe(201)
    const body = (await response.json()) as { reference: string }
    const stored = await app.payload.find({ collection: 'responses', where: { reference: { equals: body.reference } } })
    expect(stored.totalDocs).toBe(1)
  })
})

describe('a form with mistakes', () => {
  it('comes back with an error summary linking to each field, and keeps what was typed', async () => {
    const before = (await responsesTo(world.consultation)).length
    const form = new URLSearchParams([
      [text().name, 'I typed this <carefully> & want it back'],
      [single().name, 'not-an-option'],
      ['eq-ageBand', 'ancient'],
    ])
    const response = await postForm(respondUrl, form, { 'x-test-peer': '192.0.2.12' })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toContain('text/html')
    const page = await response.text()
    expect(page).toContain('There is a problem')
    expect(page).toContain(`<a href="#${single().name}">`)
    expect(page).toContain(`<a href="#${scale().name}">Choose an answer to &quot;How much does it matter?&quot;.</a>`)
    expect(page).toContain('<a href="#eq-ageBand">')
    expect(page).toContain('I typed this &lt;carefully&gt; &amp; want it back</textarea>')
    expect(page).toContain(`action="${process.env.SERVER_URL ?? 'http://localhost:3000'}/api/consultations/${world.consultation.id}/respond"`)
    expect(await responsesTo(world.consultation)).toHaveLength(before)
  })

  it('gives a JSON client each error against its field', async () => {
    const response = await fetch(respondUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-peer': '192.0.2.13' },
      body: JSON.stringify({ [text().name]: 'Fine', [scale().name]: '9' }),
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      message: 'Some answers need changing.',
      errors: [{ field: scale().name, message: 'Rate "How much does it matter?" with a whole number from 1 to 5.' }],
    })
  })
})

describe('the endpoint refuses', () => {
  it('a consultation that has closed or not opened, saying which', async () => {
    const closed = await app.payload.create({
      collection: 'consultations',
      data: {
        title: 'Closed one',
        communities: [world.alderby.id],
        summary: 'Over.',
        opensAt: daysFromNow(-30),
        closesAt: daysFromNow(-1),
        questions: [{ prompt: 'Q?', kind: 'text' }],
        _status: 'published',
      },
    })
    const response = await postForm(`${api.url}/api/consultations/${closed.id}/respond`, `${formFieldsOf(closed)[0]!.name}=late`, {
      'x-test-peer': '192.0.2.14',
    })
    expect(response.status).toBe(409)
    expect(await response.text()).toMatch(/closed on .* and no longer takes answers/)
    expect(await responsesTo(closed)).toHaveLength(0)
  })

  it('a draft consultation, as if it did not exist', async () => {
    const draft = await app.payload.create({
      collection: 'consultations',
      draft: true,
      data: {
        title: 'Secret draft',
        communities: [world.alderby.id],
        summary: 'Not yet.',
        opensAt: daysFromNow(-1),
        closesAt: daysFromNow(10),
        questions: [{ prompt: 'Q?', kind: 'text' }],
        _status: 'draft',
      },
    })
    const response = await postForm(`${api.url}/api/consultations/${draft.id}/respond`, `${formFieldsOf(draft)[0]!.name}=hello`, {
      'x-test-peer': '192.0.2.15',
    })
    expect(response.status).toBe(404)
    expect(await responsesTo(draft)).toHaveLength(0)
  })

  it('a filled-in trap field, storing nothing', async () => {
    const before = (await responsesTo(world.consultation)).length
    const response = await postForm(respondUrl, `${text().name}=buy+now&${scale().name}=3&website=http://spam.example`, { 'x-test-peer': '192.0.2.16' })
    expect(response.status).toBe(400)
    expect(await responsesTo(world.consultation)).toHaveLength(before)
  })

  it('more answers from one address than the hourly limit', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await postForm(respondUrl, `${text().name}=again&${scale().name}=3`, { 'x-test-peer': '192.0.2.99' })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429, 429])
    const other = await postForm(respondUrl, `${text().name}=me+too&${scale().name}=2`, { 'x-test-peer': '192.0.2.100' })
    expect(other.status).toBe(303)
  })
})
