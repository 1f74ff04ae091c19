import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../support/apiServer'
import type { Fixtures } from './support/fixtures'
import { type Role, type SignedInApi, startSignedInApi } from './support/signedInApi'

/**
 * Payload's own collections, globals and endpoints, over real HTTP: the scheduler's
 * bookkeeping, the job runner, document locks, preferences and versions answer members by
 * our rules, not Payload's default of "anyone signed in".
 */
let setup: SignedInApi
let payload: Payload
let world: Fixtures
let api: ApiServer
let tokens: Record<Role, string>

beforeAll(async () => {
  setup = await startSignedInApi()
  ;({ payload, world, api, tokens } = setup)
})
afterAll(async () => {
  await setup?.stop()
})

const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, role: Role, body?: Record<string, unknown>) => {
  const response = await fetch(`${api.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const draftPlanOfAlderby = async () =>
  (
    await payload.create({
      collection: 'plans',
      depth: 0,
      draft: true,
      data: {
        title: `Alderby plan ${Math.random()}`,
        community: world.alderby.id,
        period: { startYear: 2025, endYear: 2030 },
        priorities: [{ theme: 'housing' }],
        _status: 'draft',
      },
    })
  ).id

/** A lock as the admin's server code makes one when someone opens a document. */
const lockHeldBy = async (holder: Role, relationTo: CollectionSlug, value: number | string) =>
  (
    await payload.create({
      collection: 'payload-locked-documents',
      depth: 0,
      data: { document: { relationTo, value }, user: { relationTo: 'users', value: world.users[holder].id } } as never,
    })
  ).id

const holderOf = async (lock: number | string) => {
  const found = await payload.findByID({ collection: 'payload-locked-documents', id: lock, depth: 0, disableErrors: true })
  return found ? (found.user as { value: number | string }).value : null
}

describe('the job scheduler', () => {
  it('refuses members its bookkeeping, to read or to write', async () => {
    expect((await call('POST', '/globals/payload-jobs-stats', 'member', { stats: { scheduledRuns: { queues: {} } } })).status).toBe(403)
    expect((await call('GET', '/globals/payload-jobs-stats', 'member')).status).toBe(403)
    expect((await call('POST', '/globals/payload-jobs-stats', 'admin', { stats: {} })).status).toBe(403)
    expect((await call('GET', '/globals/payload-jobs-stats', 'admin')).status).toBe(200)
  })

  it('runs the queue by hand for admins only', async () => {
    for (const role of ['member', 'editor'] as const) {
      expect((await call('GET', '/payload-jobs/run?queue=site', role)).status).toBe(401)
      expect((await call('GET', '/payload-jobs/handle-schedules', role)).status).toBe(401)
    }
    expect((await call('GET', '/payload-jobs/run?queue=site', 'admin')).status).toBe(200)
    expect((await call('GET', '/payload-jobs', 'member')).status).toBe(403)
  })
})

describe('document locks', () => {
  it('refuses a member who locks a page in the admin’s name, or in their own', async () => {
    const plan = await draftPlanOfAlderby()
    const before = (await payload.count({ collection: 'payload-locked-documents' })).totalDocs
    for (const holder of ['admin', 'member'] as const) {
      const attempt = await call('POST', '/payload-locked-documents', 'member', {
        document: { relationTo: 'plans', value: plan },
        user: { relationTo: 'users', value: world.users[holder].id },
      })
      expect(attempt.status).toBe(403)
    }
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(before)
  })

  it('lets a member take over a lock only on a document they may edit', async () => {
    const newsletter = await payload.create({ collection: 'newsletters', depth: 0, data: { subject: 'Spring news', audience: { kind: 'everyone' } } as never })
    const onNewsletter = await lockHeldBy('admin', 'newsletters', newsletter.id)
    const takeOver = { user: { relationTo: 'users', value: world.users.member.id } }
    expect((await call('PATCH', `/payload-locked-documents/${onNewsletter}`, 'member', takeOver)).status).toBe(403)
    expect(await holderOf(onNewsletter)).toBe(world.users.admin.id)

    const onOwnPlan = await lockHeldBy('admin', 'plans', await draftPlanOfAlderby())
    expect(
      (await call('PATCH', `/payload-locked-documents/${onOwnPlan}`, 'outsider', { user: { relationTo: 'users', value: world.users.outsider.id } })).status,
    ).toBe(403)
    expect((await call('PATCH', `/payload-locked-documents/${onOwnPlan}`, 'member', takeOver)).status).toBe(200)
    expect(await holderOf(onOwnPlan)).toBe(world.users.member.id)
  })

  it('refuses a member who hands a lock to someone else or moves it to another document', async () => {
    const lock = await lockHeldBy('member', 'plans', await draftPlanOfAlderby())
    expect((await call('PATCH', `/payload-locked-documents/${lock}`, 'member', { user: { relationTo: 'users', value: world.users.admin.id } })).status).toBe(
      403,
    )
    const newsletter = await payload.create({ collection: 'newsletters', depth: 0, data: { subject: 'Summer news', audience: { kind: 'everyone' } } as never })
    expect((await call('PATCH', `/payload-locked-documents/${lock}`, 'member', { document: { relationTo: 'newsletters', value: newsletter.id } })).status).toBe(
      403,
    )
    expect(await holderOf(lock)).toBe(world.users.member.id)
  })

  it('lets a member release their own lock, never the admin’s', async () => {
    const plan = await draftPlanOfAlderby()
    const admins = await lockHeldBy('admin', 'plans', plan)
    expect((await call('DELETE', `/payload-locked-documents/${admins}`, 'member')).status).toBe(403)
    expect(await holderOf(admins)).toBe(world.users.admin.id)
    const own = await lockHeldBy('member', 'plans', await draftPlanOfAlderby())
    expect((await call('DELETE', `/payload-locked-documents/${own}`, 'member')).status).toBe(200)
    expect(await holderOf(own)).toBeNull()
  })
})

describe('preferences', () => {
  it('keeps each person’s preferences their own', async () => {
    const saved = await call('POST', '/payload-preferences/plans-list', 'admin', { value: { columns: ['title'] } })
    expect(saved.status).toBe(200)
    const adminsId = (saved.body.doc as { id: number | string }).id
    expect((await call('GET', '/payload-preferences/plans-list', 'member')).body.value).toBeNull()
    expect((await call('GET', '/payload-preferences?depth=0', 'member')).body.docs).toEqual([])
    expect((await call('PATCH', `/payload-preferences/${adminsId}`, 'member', { value: { columns: [] } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'payload-preferences', id: adminsId, depth: 0 })).value).toEqual({ columns: ['title'] })
    const planted = await call('POST', '/payload-preferences', 'member', {
      key: 'plans-list',
      value: { columns: [] },
      user: { relationTo: 'users', value: world.users.admin.id },
    })
    expect(planted.status).toBe(201)
    const stored = await payload.findByID({ collection: 'payload-preferences', id: (planted.body.doc as { id: number | string }).id, depth: 0 })
    expect((stored.user as { value: number | string }).value).toBe(world.users.member.id)
  })
})

describe('versions', () => {
  it('refuses members the version history and restoring from it, even of their own drafts', async () => {
    const plan = await draftPlanOfAlderby()
    await payload.update({ collection: 'plans', id: plan, draft: true, data: { title: 'Second thoughts' } })
    const { docs } = await payload.findVersions({ collection: 'plans', where: { parent: { equals: plan } }, sort: 'createdAt', depth: 0 })
    const first = docs[0]!.id
    expect((await call('GET', `/plans/versions?where[parent][equals]=${plan}`, 'member')).status).toBe(403)
    expect((await call('POST', `/plans/versions/${first}?draft=true`, 'member')).status).toBe(403)
    expect((await payload.findByID({ collection: 'plans', id: plan, draft: true, depth: 0 })).title).toBe('Second thoughts')
    expect((await call('POST', `/plans/versions/${first}?draft=true`, 'editor')).status).toBe(200)
  })
})
