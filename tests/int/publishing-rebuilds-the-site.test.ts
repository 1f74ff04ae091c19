import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-rebuild-'))

beforeAll(async () => {
  process.env.SITE_SNAPSHOT = path.join(out, 'snapshot.json')
  process.env.SITE_OUT = path.join(out, 'dist')
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => {
  await test.stop()
  fs.rmSync(out, { recursive: true, force: true })
})

const pendingRebuilds = async () =>
  (
    await test.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
  ).docs

const plan = (status: 'draft' | 'published') =>
  test.payload.create({
    collection: 'plans',
    data: {
      title: 'Alderby Rebuild Plan',
      community: world.alderby.id,
      period: { startYear: 2026, endYear: 2030 },
      priorities: [{ theme: 'energy' }],
      _status: status,
    },
  })

describe('publishing rebuilds the public site', () => {
  it('queues nothing for a draft nobody can see yet', async () => {
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await plan('draft')
    expect(await pendingRebuilds()).toHaveLength(0)
  })

  it('turns a burst of publishing and unpublishing into one waiting rebuild that then builds the site', async () => {
    const published = await plan('published')
    await test.payload.update({ collection: 'plans', id: published.id, data: { title: 'Alderby Rebuild Plan (edited)' } })
    await test.payload.update({ collection: 'communities', id: world.alderby.id, data: { summary: 'Changed for the rebuild test.' } })
    const waiting = await pendingRebuilds()
    expect(waiting).toHaveLength(1)
    // It waits a moment after its edit (one second: the test cannot rely on still being inside it).
    expect(new Date(waiting[0]!.waitUntil as string).getTime()).toBeGreaterThan(new Date(waiting[0]!.createdAt).getTime())

    await test.payload.jobs.runByID({ id: waiting[0]!.id })
    expect(await pendingRebuilds()).toHaveLength(0)
    const page = fs.readFileSync(path.join(out, 'dist/plans/alderby-rebuild-plan-2/index.html'), 'utf8')
    expect(page).toContain('Alderby Rebuild Plan (edited)')
    expect(fs.readFileSync(path.join(out, 'dist/communities/alderby/index.html'), 'utf8')).toContain('Changed for the rebuild test.')
  })

  it('rebuilds every hour without pushing back a rebuild an edit has queued', async () => {
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await test.payload.update({ collection: 'communities', id: world.cawston.id, data: { summary: 'Edited just before the hour.' } })
    const [edit] = await pendingRebuilds()
    const hourly = await test.payload.jobs.queue({ task: 'hourlySiteRebuild', input: {}, queue: 'site' })
    await test.payload.jobs.runByID({ id: hourly.id })
    const waiting = await pendingRebuilds()
    expect(waiting).toHaveLength(1)
    expect(new Date((waiting[0]!.waitUntil as string | null) ?? 0).getTime()).toBeLessThanOrEqual(new Date(edit!.waitUntil as string).getTime())
  })

  it('queues a rebuild when a published document is unpublished or deleted', async () => {
    const published = await plan('published')
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await test.payload.update({ collection: 'plans', id: published.id, data: { _status: 'draft' } })
    expect(await pendingRebuilds()).toHaveLength(1)
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const unused = await test.payload.create({ collection: 'partners', data: { name: 'Short-lived Trust', kind: 'other' } })
    await test.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await test.payload.delete({ collection: 'partners', id: unused.id })
    expect(await pendingRebuilds()).toHaveLength(1)
  })
})
