import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../support/freePort'
import { documentsFor } from '../../search/publicSource'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures

beforeAll(async () => {
  // A Meilisearch address nothing answers on: the outage every save must survive.
  process.env.MEILI_URL = `http://127.0.0.1:${await freePort()}`
  process.env.MEILI_MASTER_KEY = 'test-master-key'
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => {
  await test?.stop()
  delete process.env.MEILI_URL
  delete process.env.MEILI_MASTER_KEY
})

const syncJobs = async () =>
  (
    await test.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'syncSearch' } }, { completedAt: { exists: false } }] },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs

const plan = (title: string, status: 'draft' | 'published') =>
  test.payload.create({
    collection: 'plans',
    depth: 0,
    data: { title, community: world.alderby.id, period: { startYear: 2026, endYear: 2030 }, priorities: [{ theme: 'housing' }], _status: status },
  })

describe('keeping Meilisearch in step with the CMS', () => {
  it('saves while Meilisearch is down, and leaves a sync job on the search queue for later', async () => {
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const published = await plan('Alderby Search Plan', 'published')
    expect(published.id).toBeDefined()
    const [job] = await syncJobs()
    expect(job).toMatchObject({ queue: 'search', input: { collection: 'plans', id: String(published.id) } })
  })

  it('queues nothing for a draft nobody can see, nor for a bulk write that reindexes itself', async () => {
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await plan('Alderby Draft Plan', 'draft')
    await test.payload.create({
      collection: 'communities',
      depth: 0,
      context: { searchSync: false },
      data: { name: 'Dunmere', kind: 'parish', summary: 'Seeded in bulk.' },
    })
    expect(await syncJobs()).toHaveLength(0)
  })

  it('turns a burst of edits to one document into one waiting sync', async () => {
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const published = await plan('Alderby Busy Plan', 'published')
    await test.payload.update({ collection: 'plans', id: published.id, data: { title: 'Alderby Busy Plan (1)' } })
    await test.payload.update({ collection: 'plans', id: published.id, data: { title: 'Alderby Busy Plan (2)' } })
    const waiting = await syncJobs()
    expect(waiting).toHaveLength(1)
    expect(waiting[0]?.input).toEqual({ collection: 'plans', id: String(published.id) })
  })

  it('keeps a failed sync queued, with a later retry, instead of losing it', async () => {
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await plan('Alderby Retry Plan', 'published')
    await test.payload.jobs.run({ queue: 'search' })
    const [job] = await syncJobs()
    expect(job?.hasError).not.toBe(true)
    expect(job?.totalTried).toBe(1)
    expect(new Date(job?.waitUntil as string).getTime()).toBeGreaterThan(Date.now())
  })

  it('reads what it indexes as the public: a draft or deleted document gives nothing, so a sync removes it', async () => {
    const published = await plan('Alderby Indexed Plan', 'published')
    const draft = await plan('Alderby Hidden Plan', 'draft')
    const found = await documentsFor(test.payload, [{ collection: 'plans', id: String(published.id) }])
    expect(found.sources).toEqual([`plans:${published.id}`])
    expect(found.documents.map((document) => document.title)).toEqual(['Alderby Indexed Plan'])
    expect((await documentsFor(test.payload, [{ collection: 'plans', id: String(draft.id) }])).documents).toEqual([])
    await test.payload.delete({ collection: 'plans', id: published.id })
    const gone = await documentsFor(test.payload, [{ collection: 'plans', id: String(published.id) }])
    expect(gone).toEqual({ sources: [`plans:${published.id}`], documents: [] })
  })

  it('resyncs what a place owns when the place changes, since its name is in their documents', async () => {
    const found = await documentsFor(test.payload, [{ collection: 'communities', id: String(world.alderby.id) }])
    expect(found.sources).toEqual(
      expect.arrayContaining([`communities:${world.alderby.id}`, `clusters:${world.cluster.id}`, `consultations:${world.consultation.id}`]),
    )
    expect(found.documents.find((document) => document.type === 'consultation')?.community).toEqual(['Alderby'])
    expect(found.documents.every((document) => found.sources.includes(document.source))).toBe(true)
  })
})
