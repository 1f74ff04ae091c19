import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formFieldsOf, postForm } from './support/responseForm'
import { type Role, type SignedInApi, startSignedInApi } from './support/signedInApi'

let app: SignedInApi

beforeAll(async () => {
  app = await startSignedInApi()
  const { world } = app
  await app.payload.update({
    collection: 'communities',
    id: world.alderby.id,
    data: {
      profile: {
        source: 'Census 2021',
        year: 2021,
        groups: [
          { group: 'ageBand:16-24', people: 300 },
          { group: 'ageBand:45-64', people: 700 },
        ],
      },
    },
  })
  const [text, , , scale] = formFieldsOf(world.consultation)
  const respondUrl = `${app.api.url}/api/consultations/${world.consultation.id}/respond`
  // Twelve people aged 45 to 64 and three aged 16 to 24 answer, each with their views.
  for (const [index, age] of [...Array<string>(12).fill('45-64'), ...Array<string>(3).fill('16-24')].entries()) {
    const response = await postForm(
      respondUrl,
      new URLSearchParams([
        [text!.name, `View number ${index}`],
        [scale!.name, '3'],
        ['eq-ageBand', age],
        ['eq-gender', index === 0 ? 'Agender' : ''],
      ]),
    )
    expect(response.status).toBe(303)
  }
})
afterAll(async () => app?.stop())

describe('equality monitoring answers', () => {
  it('carry no link to a response, no time and no counter that could line them up with responses', async () => {
    const { docs } = await app.payload.find({ collection: 'equality-answers', depth: 0, pagination: false, limit: 0 })
    expect(docs).toHaveLength(15)
    for (const doc of docs) {
      expect(Object.keys(doc).sort()).toEqual(expect.arrayContaining(['ageBand', 'consultation', 'id']))
      expect(Object.keys(doc)).not.toEqual(expect.arrayContaining(['createdAt']))
      expect(Object.keys(doc)).not.toEqual(expect.arrayContaining(['updatedAt']))
      expect(Object.keys(doc).some((key) => /response|reference/i.test(key))).toBe(false)
      expect(String(doc.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    }
    const responses = await app.payload.find({ collection: 'responses', depth: 0, pagination: false, limit: 0 })
    const references = new Set(responses.docs.flatMap((response) => [String(response.id), response.reference]))
    expect(docs.some((doc) => references.has(String(doc.id)))).toBe(false)
  })

  it('reach admins only as totals against residents, with small groups suppressed and flagged', async () => {
    const reach = (role?: Role, path = `consultations/${app.world.consultation.id}`) =>
      fetch(`${app.api.url}/api/${path}/reach`, { headers: role ? { authorization: `JWT ${app.tokens[role]}` } : {} })
    expect((await reach()).status).toBe(401)
    expect((await reach('editor')).status).toBe(403)
    expect((await reach('member')).status).toBe(403)

    const answer = await reach('admin')
    expect(answer.status).toBe(200)
    const report = (await answer.json()) as { sources: string[]; answered: Record<string, number | null>; rows: Array<Record<string, unknown>> }
    expect(report.sources).toEqual(['Alderby: Census 2021, 2021'])
    expect(report.answered.ageBand).toBe(15)
    expect(report.rows.find((row) => row.answer === '16-24')).toMatchObject({ respondents: null, residentShare: 30, underRepresented: true })
    expect(report.rows.find((row) => row.answer === '45-64')).toMatchObject({ respondents: 12, respondentShare: 80 })
    // Nothing in it names a record, a response, a time or a person's own words.
    const text = JSON.stringify(report)
    for (const secret of ['View number', 'Agender', 'createdAt', 'R-']) expect(text).not.toContain(secret)
    expect(report.rows.every((row) => row.respondents === null || (row.respondents as number) >= 10)).toBe(true)
  })

  it('add up across the consultations a plan’s owner ran in its years', async () => {
    const year = new Date().getUTCFullYear()
    const plan = await app.payload.create({
      collection: 'plans',
      depth: 0,
      data: {
        title: 'Alderby plan',
        community: app.world.alderby.id,
        period: { startYear: year - 1, endYear: year + 2 },
        priorities: [{ theme: 'housing' }],
        _status: 'published',
      },
    })
    const answer = await fetch(`${app.api.url}/api/plans/${plan.id}/reach`, { headers: { authorization: `JWT ${app.tokens.admin}` } })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ consultations: 1, answered: { ageBand: 15 } })
    expect((await fetch(`${app.api.url}/api/plans/${plan.id}/reach`, { headers: { authorization: `JWT ${app.tokens.editor}` } })).status).toBe(403)
  })
})
