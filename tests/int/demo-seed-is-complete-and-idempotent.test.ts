import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseBoundary } from '../../cms/lib/geojson'
import { seedDemo } from '../../cms/seed/demo'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let firstRun: Awaited<ReturnType<typeof seedDemo>>

const COLLECTIONS: CollectionSlug[] = [
  'communities',
  'clusters',
  'partners',
  'partner-strategies',
  'plans',
  'consultations',
  'responses',
  'guidance',
  'influence-logs',
  'subscribers',
  'media',
  'users',
]

const countAll = async () =>
  Object.fromEntries(await Promise.all(COLLECTIONS.map(async (collection) => [collection, (await test.payload.count({ collection })).totalDocs] as const)))

beforeAll(async () => {
  test = await startPayload()
  firstRun = await seedDemo(test.payload)
})
afterAll(async () => test.stop())

describe('the demo seed', () => {
  it('fills an empty database with a believable district', async () => {
    const counts = await countAll()
    expect(counts).toMatchObject({ communities: 10, clusters: 2, plans: 5, consultations: 6, guidance: 3, subscribers: 50 })
    expect(counts['responses']).toBeGreaterThanOrEqual(180)
    expect(counts['influence-logs']).toBeGreaterThanOrEqual(55)

    const cluster = (await test.payload.find({ collection: 'clusters', where: { slug: { equals: 'wend-valley-parishes' } }, depth: 0 })).docs[0]
    expect(cluster?.members).toHaveLength(5)

    const plans = (await test.payload.find({ collection: 'plans', depth: 0, select: { actions: true } })).docs
    expect(plans.reduce((sum, plan) => sum + (plan.actions?.length ?? 0), 0)).toBeGreaterThanOrEqual(38)

    const phases = (await test.payload.find({ collection: 'consultations', depth: 0, limit: 0 })).docs.map((doc) => doc.phase)
    expect(new Set(phases)).toEqual(new Set(['upcoming', 'open', 'closed', 'reported']))

    const logYears = (await test.payload.find({ collection: 'influence-logs', depth: 0, limit: 0, select: { date: true } })).docs.map((doc) =>
      new Date(doc.date).getUTCFullYear(),
    )
    expect(new Set(logYears).size).toBeGreaterThanOrEqual(3)

    const community = (await test.payload.find({ collection: 'communities', depth: 1, limit: 1 })).docs[0]
    expect(parseBoundary(community?.boundary ?? '')).toMatchObject({ type: 'Polygon' })
    expect(community?.heroImage).toMatchObject({ mimeType: 'image/jpeg', alt: expect.stringMatching(/\w+/) })
  })

  it('changes nothing when run a second time', async () => {
    const before = await countAll()
    const secondRun = await seedDemo(test.payload)
    expect(secondRun.created).toBe(0)
    expect(secondRun.existing).toBe(firstRun.created)
    expect(await countAll()).toEqual(before)
  })

  it('resumes after an interruption, adding only what is missing', async () => {
    const log = (await test.payload.find({ collection: 'influence-logs', limit: 1, depth: 0 })).docs[0]
    await test.payload.delete({ collection: 'influence-logs', id: log!.id })
    const resumed = await seedDemo(test.payload)
    expect(resumed.created).toBe(1)
  })
})
