import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/snapshot'
import { daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let snapshot: Awaited<ReturnType<typeof exportSnapshot>>
let closedId: number | string
let openId: number | string

beforeAll(async () => {
  app = await startPayload()
  const { payload } = app
  const world = await makeFixtures(payload)
  openId = world.consultation.id
  const closed = await payload.create({
    collection: 'consultations',
    data: {
      title: 'Bexcombe bus shelter',
      communities: [world.bexcombe.id],
      summary: 'Where should the shelter go?',
      opensAt: daysFromNow(-40),
      closesAt: daysFromNow(-10),
      questions: [
        { prompt: 'Which stop?', kind: 'single', options: [{ label: 'Church' }, { label: 'Green' }] },
        { prompt: 'Why?', kind: 'text' },
      ],
      _status: 'published',
    },
  })
  closedId = closed.id
  const [which, why] = closed.questions!
  const [church, green] = which!.options!
  const respond = (choice: string, text: string, moderation: 'approved' | 'pending', quote: boolean) =>
    payload.create({
      collection: 'responses',
      data: {
        consultation: closed.id,
        channel: 'online',
        moderation,
        answers: [
          { question: which!.id!, choices: [choice] },
          { question: why!.id!, text, quote },
        ],
      },
    })
  await respond(church!.id!, 'Nearest the school.', 'approved', true)
  await respond(church!.id!, 'Not yet checked.', 'pending', true)
  await respond(green!.id!, 'Shade from the trees.', 'approved', false)
  await payload.create({
    collection: 'responses',
    data: {
      consultation: world.consultation.id,
      channel: 'online',
      moderation: 'pending',
      answers: [
        { question: world.consultation.questions![3]!.id!, rating: 5 },
        { question: world.consultation.questions![0]!.id!, text: 'Early result' },
      ],
    },
  })
  snapshot = await exportSnapshot(payload)
})
afterAll(async () => app?.stop())

describe('the site snapshot', () => {
  it('carries the counted results of a closed consultation, and only cleared quotes', () => {
    const closed = snapshot.consultations.find((consultation) => String(consultation.id) === String(closedId))
    expect(closed?.results).toMatchObject({
      responses: 3,
      byChannel: { online: 3, paper: 0, event: 0 },
      questions: [
        {
          kind: 'single',
          answered: 3,
          options: [
            { label: 'Church', count: 2 },
            { label: 'Green', count: 1 },
          ],
        },
        { kind: 'text', answered: 3, quotes: ['Nearest the school.'] },
      ],
    })
  })

  it('carries no results for a consultation still open, so early numbers cannot sway later answers', () => {
    const open = snapshot.consultations.find((consultation) => String(consultation.id) === String(openId))
    expect(open?.results).toBeNull()
  })

  it('never carries the responses themselves', () => {
    expect(JSON.stringify(snapshot)).not.toContain('Not yet checked.')
    expect(JSON.stringify(snapshot)).not.toContain('Shade from the trees.')
    expect(Object.keys(snapshot)).not.toContain('responses')
  })
})
