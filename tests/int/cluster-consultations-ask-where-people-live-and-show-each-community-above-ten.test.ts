import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Consultation } from '../../cms/payload-types'
import { exportSnapshot } from '../../cms/export/snapshot'
import { MIN_CELL } from '../../cms/responses/byCommunity'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { formFieldsOf, postForm } from './support/responseForm'

let app: TestPayload
let api: ApiServer
let world: Fixtures
let consultation: Consultation

beforeAll(async () => {
  process.env.SITE_URL = 'https://site.example.org'
  app = await startPayload()
  world = await makeFixtures(app.payload)
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
  // The Alder Vale cluster: Alderby and Cawston.
  consultation = await app.payload.create({
    collection: 'consultations',
    depth: 0,
    data: {
      title: 'Alder Vale buses',
      cluster: world.cluster.id,
      summary: 'Which bus matters most?',
      opensAt: daysFromNow(-5),
      closesAt: daysFromNow(20),
      questions: [{ prompt: 'Which bus?', kind: 'single', required: true, options: [{ label: 'Early' }, { label: 'Late' }] }],
      _status: 'published',
    },
  })
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const stored = async () =>
  (await app.payload.find({ collection: 'responses', where: { consultation: { equals: consultation.id } }, depth: 0, pagination: false, sort: 'createdAt' }))
    .docs

describe('a cluster consultation', () => {
  it('asks which member community people live in, and stores the answer with the response', async () => {
    const [which] = formFieldsOf(consultation)
    const respondUrl = `${api.url}/api/consultations/${consultation.id}/respond`
    const refused = await postForm(
      respondUrl,
      new URLSearchParams([
        [which!.name, which!.options[0]!],
        ['lives-in', String(world.bexcombe.id)],
      ]),
    )
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('Choose one of the answers to &quot;Which community do you live in?&quot;')

    const accepted = await postForm(
      respondUrl,
      new URLSearchParams([
        [which!.name, which!.options[0]!],
        ['lives-in', String(world.alderby.id)],
      ]),
    )
    expect(accepted.status).toBe(303)
    expect((await stored()).map((response) => (typeof response.community === 'object' ? response.community?.id : response.community))).toEqual([
      world.alderby.id,
    ])
  })

  it('once closed, shows each community with ten or more responses on its own and never a number under ten', async () => {
    const [question] = consultation.questions!
    const [early, late] = question!.options!
    const respond = (community: number | string | null, choice: string) =>
      app.payload.create({
        collection: 'responses',
        depth: 0,
        data: {
          consultation: consultation.id,
          channel: 'paper',
          moderation: 'pending',
          community: community as number,
          answers: [{ question: question!.id!, choices: [choice] }],
        },
      })
    // Alderby: 1 (from the form) + 11 early + 2 late; Cawston: 3 late; nowhere said: 1.
    for (let count = 0; count < 11; count += 1) await respond(world.alderby.id, early!.id!)
    for (let count = 0; count < 2; count += 1) await respond(world.alderby.id, late!.id!)
    for (let count = 0; count < 3; count += 1) await respond(world.cawston.id, late!.id!)
    await respond(null, late!.id!)
    await app.payload.update({ collection: 'consultations', id: consultation.id, data: { opensAt: daysFromNow(-30), closesAt: daysFromNow(-1) } })

    const snapshot = await exportSnapshot(app.payload)
    const published = snapshot.consultations.find((candidate) => String(candidate.id) === String(consultation.id))!
    expect(published.places.map((place) => place.name)).toEqual(['Alderby', 'Cawston'])
    const byCommunity = published.results!.byCommunity!
    expect(byCommunity.columns).toEqual([{ name: 'Alderby', responses: 14 }])
    expect(byCommunity.notShown).toEqual(['Cawston', 'Somewhere else or not said'])
    expect(byCommunity.questions[0]!.rows).toEqual([
      { label: 'Early', counts: [12] },
      { label: 'Late', counts: [null] },
    ])
    const cells = byCommunity.questions.flatMap((row) => [...row.answered, ...row.rows.flatMap((cell) => cell.counts)])
    expect(cells.every((cell) => cell === null || cell >= MIN_CELL)).toBe(true)
    // The totals for everyone still count every response.
    expect(published.results!.responses).toBe(18)
  })

  it('gives staff a “lives in” column in the responses CSV', async () => {
    const { token } = await app.payload.login({ collection: 'users', data: { email: world.users.editor.email, password: 'correct horse battery' } })
    const csv = await fetch(`${api.url}/api/consultations/${consultation.id}/responses.csv`, { headers: { authorization: `JWT ${token}` } })
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('reference,received,channel,moderation,lives in,Which bus?')
    expect(lines[1]).toMatch(/,online,pending,Alderby,Early$/)
    expect(lines.filter((line) => line.includes(',Cawston,'))).toHaveLength(3)
  })

  it('is listed under every member community, not only the cluster', async () => {
    const snapshot = await exportSnapshot(app.payload)
    const { consultationsFor } = await import('../../site/lib/consultations')
    const titles = (community: (typeof snapshot.communities)[number]) => consultationsFor(snapshot, { community }).map((found) => found.title)
    const byName = (name: string) => snapshot.communities.find((community) => community.name === name)!
    expect(titles(byName('Cawston'))).toContain('Alder Vale buses')
    expect(titles(byName('Alderby'))).toContain('Alder Vale buses')
    expect(titles(byName('Bexcombe'))).not.toContain('Alder Vale buses')
  })
})
