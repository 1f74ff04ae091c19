import fs from 'node:fs'
import path from 'node:path'

import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { exportSnapshot } from '../../cms/export/snapshot'
import { type RunningMeilisearch, startMeilisearch } from '../support/meilisearch'
import { type SearchDocument, documentId, searchDocuments } from '../../search/documents'
import { daysFromNow, type Fixtures, makeFixtures } from './support/fixtures'
import { suiteMeilisearch } from './support/meilisearch'
import { type TestPayload, startPayload } from './support/payload'

const INDEX = 'folkmoot'
const MINUTE = 60_000

// This file kills its Meilisearch, so it starts one of its own rather than the suite's.
const binary = suiteMeilisearch()?.binary

let meili: RunningMeilisearch
let test: TestPayload
let world: Fixtures

/** Runs the search queue until nothing is due: what the admin server's cron does every few seconds. */
const runSearchQueue = async () => {
  for (let round = 0; round < 50; round += 1) {
    const result = await test.payload.jobs.run({ queue: 'search', limit: 100 })
    if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) return
  }
  throw new Error('The search queue never ran dry.')
}

/** The fields a document shows; `source` is not displayed and Meilisearch's own `typeRank` is not the site's. */
const comparable = ({ source, typeRank, ...document }: SearchDocument & { typeRank?: number }) => document
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)

/** What a full reindex would put in the index now: every document the public snapshot makes. */
const publicDocuments = async () =>
  searchDocuments(await exportSnapshot(test.payload))
    .map(comparable)
    .sort(byId)
const indexedDocuments = async () => {
  const index = new Meilisearch({ host: meili.url, apiKey: meili.masterKey }).index<SearchDocument>(INDEX)
  return (await index.getDocuments({ limit: 10_000 })).results.map((document) => comparable(document)).sort(byId)
}
type Indexed = ReturnType<typeof comparable>

describe.skipIf(!binary)('keeping the Meilisearch index in step with the CMS', () => {
  beforeAll(async () => {
    meili = await startMeilisearch(binary!)
    process.env.MEILI_URL = meili.url
    process.env.MEILI_MASTER_KEY = meili.masterKey
    process.env.MEILI_INDEX = INDEX
    test = await startPayload()
    world = await makeFixtures(test.payload)
    const { payload } = test
    await payload.create({
      collection: 'plans',
      depth: 0,
      data: {
        title: 'Alderby community plan',
        community: world.alderby.id,
        period: { startYear: 2026, endYear: 2030 },
        priorities: [{ theme: 'transport' }],
        actions: [
          {
            title: 'Safer crossing by the school',
            theme: 'transport',
            status: 'in-progress',
            progress: 20,
            partners: [world.partner.id],
            strategy: world.strategy.id,
          },
        ],
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'plans',
      depth: 0,
      data: {
        title: 'Vale joint plan',
        cluster: world.cluster.id,
        period: { startYear: 2026, endYear: 2031 },
        priorities: [{ theme: 'housing' }],
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'influence-logs',
      depth: 0,
      data: {
        title: 'Council agreed the crossing',
        community: world.alderby.id,
        date: daysFromNow(-2),
        partner: world.partner.id,
        whatChanged: 'The council funded a crossing.',
        method: 'joint-working',
        kind: 'encouraged-others',
        celebrate: true,
        partnerConfirmation: { status: 'unconfirmed' },
        _status: 'published',
      },
    })
    await runSearchQueue()
  })
  afterAll(async () => {
    vi.useRealTimers()
    await test?.stop()
    await meili?.stop()
    if (meili) fs.rmSync(path.dirname(meili.dbPath), { recursive: true, force: true })
    for (const name of ['MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX']) delete process.env[name]
  })

  it('indexes exactly what the public site shows once the queue has run', async () => {
    const indexed = await indexedDocuments()
    expect(indexed.map((document) => document.type)).toEqual(expect.arrayContaining(['community', 'cluster', 'plan', 'action', 'consultation', 'achievement']))
    expect(indexed).toEqual(await publicDocuments())
  })

  it('resyncs every document that shows a name when a partner, a strategy, a community or a cluster is renamed', async () => {
    const { payload } = test
    // Each rename is synced on its own: one rename's resync must not hide another's gap.
    type Shows = (document: Indexed, name: string) => boolean
    const inText: Shows = (document, name) => document.text.includes(name)
    const asPlace: Shows = (document, name) => document.community.includes(name) || document.title === name
    const asCluster: Shows = (document, name) => document.cluster === name || document.title === name
    const showing = async (shows: Shows, name: string) => (await indexedDocuments()).filter((document) => shows(document, name)).map((document) => document.id)
    const rename = async (
      collection: 'partners' | 'partner-strategies' | 'communities' | 'clusters',
      id: number | string,
      shows: Shows,
      from: string,
      to: string,
    ) => {
      const before = await showing(shows, from)
      expect(before.length, from).toBeGreaterThan(0)
      await payload.update({ collection, id, depth: 0, data: { name: to } })
      await runSearchQueue()
      expect(await showing(shows, from), from).toEqual([])
      expect(await showing(shows, to), to).toEqual(before)
    }
    // The partner is named in a plan action and an achievement; the strategy in the action.
    expect((await showing(inText, 'Testshire Council')).length).toBeGreaterThanOrEqual(2)
    await rename('partners', world.partner.id, inText, 'Testshire Council', 'Wessex Unitary Authority')
    await rename('partner-strategies', world.strategy.id, inText, 'Testshire Local Plan', 'Wessex Transport Strategy')
    // The cluster's plan lists its members by name, so renaming a member changes it too.
    expect(await showing(asPlace, 'Alderby')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^plans-/), documentId('clusters', world.cluster.id), documentId('communities', world.alderby.id)]),
    )
    await rename('communities', world.alderby.id, asPlace, 'Alderby', 'Aldermoor')
    await rename('clusters', world.cluster.id, asCluster, 'Alder Vale', 'Moorside Partnership')
    expect(await indexedDocuments()).toEqual(await publicDocuments())
  })

  it('converges with no reindex and no lost change after Meilisearch is killed while editors publish', async () => {
    const { payload } = test
    // A sync is under way when the server dies (SIGKILL: no chance to finish or flush).
    await payload.update({ collection: 'consultations', id: world.consultation.id, depth: 0, data: { title: 'Aldermoor green space, second round' } })
    const inFlight = runSearchQueue().catch(() => undefined)
    await meili.kill()
    await inFlight

    // Minutes of outage, simulated on the clock the job queue reads: editors keep publishing and every save succeeds.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    const plan = (title: string) =>
      payload.create({
        collection: 'plans',
        depth: 0,
        data: { title, community: world.bexcombe.id, period: { startYear: 2027, endYear: 2032 }, priorities: [{ theme: 'health' }], _status: 'published' },
      })
    const kept = await plan('Bexcombe health plan')
    const unpublished = await plan('Bexcombe parking plan')
    const deleted = await plan('Bexcombe lighting plan')
    for (let minute = 0; minute < 6; minute += 1) {
      vi.setSystemTime(Date.now() + MINUTE)
      if (minute === 1) await payload.update({ collection: 'plans', id: kept.id, depth: 0, data: { title: 'Bexcombe health and wellbeing plan' } })
      if (minute === 2) await payload.update({ collection: 'plans', id: unpublished.id, depth: 0, data: { _status: 'draft' } })
      if (minute === 3) await payload.delete({ collection: 'plans', id: deleted.id, depth: 0 })
      if (minute === 4) await payload.update({ collection: 'communities', id: world.bexcombe.id, depth: 0, data: { name: 'Bexcombe Magna' } })
      await runSearchQueue()
    }
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'search' } }, { completedAt: { exists: false } }] },
      depth: 0,
      limit: 0,
    })
    expect(waiting.totalDocs).toBeGreaterThan(0)
    expect(waiting.docs.every((job) => !job.hasError)).toBe(true)

    // The same server comes back on the same database; the queue's retries catch up.
    meili = await startMeilisearch(binary!, { dbPath: meili.dbPath, port: meili.port, masterKey: meili.masterKey })
    vi.setSystemTime(Date.now() + 60 * MINUTE)
    await runSearchQueue()
    vi.useRealTimers()

    const titles = (await indexedDocuments()).map((document) => document.title)
    expect(titles).toEqual(expect.arrayContaining(['Bexcombe health and wellbeing plan', 'Aldermoor green space, second round']))
    expect(titles).not.toEqual(expect.arrayContaining(['Bexcombe parking plan']))
    expect(titles).not.toEqual(expect.arrayContaining(['Bexcombe lighting plan']))
    expect(await indexedDocuments()).toEqual(await publicDocuments())
  })
})
