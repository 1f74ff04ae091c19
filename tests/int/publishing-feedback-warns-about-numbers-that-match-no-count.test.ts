import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Consultation } from '../../cms/payload-types'
import { exportSnapshot } from '../../cms/export/snapshot'
import { daysFromNow } from './support/fixtures'
import { type Role, type SignedInApi, startSignedInApi } from './support/signedInApi'

let app: SignedInApi
let closed: Consultation

const errorsOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught as { data?: { errors?: Array<{ path: string; message: string }> } },
  )
  return error?.data?.errors ?? []
}

beforeAll(async () => {
  app = await startSignedInApi()
  const { world } = app
  closed = await app.payload.create({
    collection: 'consultations',
    depth: 0,
    data: {
      title: 'Bexcombe high street',
      communities: [world.bexcombe.id],
      summary: 'What puts you off?',
      opensAt: daysFromNow(-40),
      closesAt: daysFromNow(-10),
      questions: [
        { prompt: 'What puts you off?', kind: 'multiple', options: [{ label: 'Empty shops' }, { label: 'Parking' }] },
        { prompt: 'How good is the market?', kind: 'scale' },
      ],
      _status: 'published',
    },
  })
  const [putOff, market] = closed.questions!
  const [empty, parking] = putOff!.options!
  // Empty shops 3, parking 1; ratings 4, 4, 3 (3.7 on average).
  for (const [choices, rating] of [
    [[empty!.id!, parking!.id!], 4],
    [[empty!.id!], 4],
    [[empty!.id!], 3],
  ] as const)
    await app.payload.create({
      collection: 'responses',
      depth: 0,
      data: {
        consultation: closed.id,
        channel: 'online',
        moderation: 'pending',
        answers: [
          { question: putOff!.id!, choices: [...choices] },
          { question: market!.id!, rating },
        ],
      },
    })
})
afterAll(async () => app?.stop())

const publish = (youSaid: string, figuresChecked = false) =>
  app.payload.update({
    collection: 'consultations',
    id: closed.id,
    depth: 0,
    data: { feedback: { youSaid, weDid: 'We talked to the landlords.', reportedAt: daysFromNow(-1), figuresChecked } },
  })

describe('publishing “You said”', () => {
  it('is stopped with a warning that names the numbers matching no count', async () => {
    const errors = await errorsOf(publish('38 of you said empty shops put you off, and the market scored 3.9 out of 5.'))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.path).toBe('feedback.figuresChecked')
    expect(errors[0]!.message).toContain('match no count in the responses: 38, 3.9')
    const unchanged = await app.payload.findByID({ collection: 'consultations', id: closed.id, depth: 0 })
    expect(unchanged.feedback?.youSaid ?? null).toBeNull()
  })

  it('goes ahead once the editor confirms the numbers as written', async () => {
    const saved = await publish('38 of you said empty shops put you off.', true)
    expect(saved.feedback?.youSaid).toBe('38 of you said empty shops put you off.')
  })

  it('goes ahead when the numbers agree with the counts, typed or quoted live', async () => {
    await publish('3 of you said empty shops put you off; the market scored 3.7 out of 5.')
    const saved = await publish('{{count:1:Empty shops}} of you said empty shops put you off and {{count:1:Parking}} parking; the market scored {{mean:2}}.')
    expect(saved.feedback?.youSaid).toContain('{{count:1:Empty shops}}')
  })

  it('refuses a live figure that names nothing, even when confirmed', async () => {
    const errors = await errorsOf(publish('{{count:1:Bakery}} of you wanted a bakery.', true))
    expect(errors.map((error) => error.path)).toEqual(['feedback.youSaid'])
    expect(errors[0]!.message).toContain('{{count:1:Bakery}}: question 1 has no option “Bakery”.')
  })

  it('is checked live in the admin for people who may read the responses, and for nobody else', async () => {
    const check = (role?: Role) =>
      fetch(`${app.api.url}/api/consultations/${closed.id}/feedback-figures`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(role ? { authorization: `JWT ${app.tokens[role]}` } : {}) },
        body: new URLSearchParams({ youSaid: '{{count:1:Empty shops}} of you, not 38; {{mean:7}}' }).toString(),
      })
    const expected = { text: '3 of you, not 38; {{mean:7}}', problems: ['{{mean:7}}: question 7 is not a scale.'], unmatched: ['38'] }
    // Staff, and a member of Bexcombe (whose consultation it is), may read its responses.
    for (const reader of ['editor', 'outsider'] as const) {
      const answer = await check(reader)
      expect(answer.status).toBe(200)
      expect(await answer.json()).toEqual(expected)
    }
    // A member of Alderby may not: the counts are another community's.
    expect((await check('member')).status).toBe(403)
    expect((await check()).status).toBe(401)
  })

  it('reaches the site with the live figures filled in from the same counts as the tables', async () => {
    const snapshot = await exportSnapshot(app.payload)
    const published = snapshot.consultations.find((consultation) => String(consultation.id) === String(closed.id))!
    expect(published.feedback?.youSaid).toBe('3 of you said empty shops put you off and 1 parking; the market scored 3.7.')
  })
})
