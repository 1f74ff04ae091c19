import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/snapshot'
import { parseBoundary } from '../../cms/lib/geojson'
import { figuresMatchingNoCount } from '../../cms/responses/feedbackFigures'
import { reachReport } from '../../cms/responses/reach'
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
  'events',
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
    expect(counts).toMatchObject({ communities: 10, clusters: 2, plans: 5, consultations: 7, events: 6, guidance: 3, subscribers: 50 })
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

  it('publishes feedback that agrees with its own counts and quotes nobody twice', async () => {
    const snapshot = await exportSnapshot(test.payload)
    const reported = snapshot.consultations.filter((consultation) => consultation.feedback?.reportedAt && consultation.results)
    expect(reported.length).toBeGreaterThanOrEqual(3)
    for (const consultation of reported) {
      const youSaid = consultation.feedback!.youSaid!
      expect(youSaid, consultation.title).not.toContain('{{')
      expect(figuresMatchingNoCount(youSaid, consultation.results!), consultation.title).toEqual([])
      const quotes = consultation.results!.questions.flatMap((question) => (question.kind === 'text' ? question.quotes : []))
      expect(new Set(quotes).size, consultation.title).toBe(quotes.length)
    }
  })

  it('shows a cluster consultation parish by parish, keeping small parishes out', async () => {
    const snapshot = await exportSnapshot(test.payload)
    const joint = snapshot.consultations.find((consultation) => consultation.slug === 'wend-valley-joint-plan-one-year-on-what-comes-next')!
    expect(joint.places).toHaveLength(5)
    const byCommunity = joint.results!.byCommunity!
    expect(byCommunity.columns.map((column) => column.name)).toEqual(['Brackenhithe', 'Ottercombe Magna', 'Thistlebury', 'Wrenfold'])
    expect(byCommunity.notShown).toContain('Hobble End')
    // Its paper and event answers came from the drop-ins, whose pages say how many.
    const dropIns = snapshot.events.filter((event) => (typeof event.consultation === 'object' ? event.consultation?.id : event.consultation) === joint.id)
    expect(dropIns.every((event) => event.responses > 0)).toBe(true)
    expect(joint.results!.byEvent.reduce((sum, row) => sum + row.responses, 0)).toBe(joint.results!.byChannel.paper + joint.results!.byChannel.event)
  })

  it('shows, in the reach view, that the joint plan consultation heard too few younger people', async () => {
    const joint = (
      await test.payload.find({ collection: 'consultations', where: { slug: { equals: 'wend-valley-joint-plan-one-year-on-what-comes-next' } }, depth: 0 })
    ).docs[0]!
    const answers = (
      await test.payload.find({ collection: 'equality-answers', where: { consultation: { equals: joint.id } }, depth: 0, limit: 0, pagination: false })
    ).docs
    const cluster = (await test.payload.find({ collection: 'clusters', depth: 0 })).docs[0]!
    const parishes = (await test.payload.find({ collection: 'communities', where: { id: { in: cluster.members } }, depth: 0, limit: 0, pagination: false }))
      .docs
    const report = reachReport(
      answers,
      parishes.flatMap((parish) => parish.profile?.groups ?? []),
    )
    expect(report.rows.filter((row) => row.underRepresented).map((row) => `${row.question}:${row.answer}`)).toEqual(
      expect.arrayContaining(['ageBand:16-24', 'ageBand:25-44']),
    )
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
