import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ERASED_TEXT, forgetOldResponses } from '../../cms/responses/forgetOldResponses'
import { daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let oldId: number | string
let recentId: number | string

const MONTHS = 12

beforeAll(async () => {
  app = await startPayload()
  const { payload } = app
  const world = await makeFixtures(payload)
  const consultation = async (title: string, reportedDaysAgo: number) => {
    const doc = await payload.create({
      collection: 'consultations',
      data: {
        title,
        communities: [world.bexcombe.id],
        summary: 'Where should the shelter go?',
        opensAt: daysFromNow(-reportedDaysAgo - 60),
        closesAt: daysFromNow(-reportedDaysAgo - 30),
        questions: [
          { prompt: 'Which stop?', kind: 'single', options: [{ label: 'Church' }, { label: 'Green' }] },
          { prompt: 'Why?', kind: 'text' },
        ],
        feedback: { youSaid: 'Near the school.', weDid: 'Built it there.', reportedAt: daysFromNow(-reportedDaysAgo) },
        _status: 'published',
      },
    })
    const [which, why] = doc.questions!
    const respond = (text: string, moderation: 'approved' | 'pending', quote: boolean) =>
      payload.create({
        collection: 'responses',
        data: {
          consultation: doc.id,
          channel: 'online',
          moderation,
          answers: [
            { question: which!.id!, choices: [which!.options![0]!.id!] },
            { question: why!.id!, text, quote },
          ],
        },
      })
    await respond('Nearest the school, quoted.', 'approved', true)
    await respond('My neighbour at number 4 keeps the key.', 'approved', false)
    await respond('Marked for quoting but never cleared.', 'pending', true)
    await payload.create({ collection: 'equality-answers', data: { consultation: doc.id, ageBand: '25-44', gender: 'In my own words' } })
    return doc.id
  }
  // Thirteen months ago is past a twelve-month period; two months ago is not.
  oldId = await consultation('Bexcombe bus shelter', 400)
  recentId = await consultation('Bexcombe bench', 60)
}, 120_000)
afterAll(async () => {
  await app?.stop()
})

const textsOf = async (consultation: number | string) => {
  const found = await app.payload.find({
    collection: 'responses',
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    where: { consultation: { equals: consultation } },
  })
  return found.docs.map((response) => response.answers?.find((answer) => answer.text)?.text)
}
const equalityCount = async (consultation: number | string) =>
  (await app.payload.count({ collection: 'equality-answers', where: { consultation: { equals: consultation } } })).totalDocs

describe('the retention job', () => {
  it('deletes equality answers and unquoted written answers once the period after the published feedback is over', async () => {
    const forgotten = await forgetOldResponses(app.payload, new Date(), MONTHS)

    expect(forgotten).toEqual({ consultations: 1, equalityAnswers: 1, responses: 2 })
    expect(await equalityCount(oldId)).toBe(0)
    expect(await textsOf(oldId)).toEqual(['Nearest the school, quoted.', ERASED_TEXT, ERASED_TEXT])
  })

  it('keeps choices, so the published counts stay as they were', async () => {
    const found = await app.payload.find({ collection: 'responses', depth: 0, pagination: false, where: { consultation: { equals: oldId } } })
    expect(found.docs.every((response) => response.answers?.some((answer) => (answer.choices?.length ?? 0) === 1))).toBe(true)
  })

  it('leaves consultations whose feedback is more recent untouched', async () => {
    expect(await equalityCount(recentId)).toBe(1)
    expect(await textsOf(recentId)).toEqual(['Nearest the school, quoted.', 'My neighbour at number 4 keeps the key.', 'Marked for quoting but never cleared.'])
  })

  it('changes nothing when run again', async () => {
    expect(await forgetOldResponses(app.payload, new Date(), MONTHS)).toEqual({ consultations: 1, equalityAnswers: 0, responses: 0 })
  })

  it('runs as a queued job with the period from RESPONSE_RETENTION_MONTHS', async () => {
    process.env.RESPONSE_RETENTION_MONTHS = '1'
    try {
      // Run by id: the queue also holds the site rebuilds these saves asked for.
      const job = await app.payload.jobs.queue({ task: 'forgetOldResponses', input: {}, queue: 'site' })
      await app.payload.jobs.runByID({ id: job.id })
    } finally {
      delete process.env.RESPONSE_RETENTION_MONTHS
    }
    expect(await equalityCount(recentId)).toBe(0)
    expect(await textsOf(recentId)).toEqual(['Nearest the school, quoted.', ERASED_TEXT, ERASED_TEXT])
  })
})
