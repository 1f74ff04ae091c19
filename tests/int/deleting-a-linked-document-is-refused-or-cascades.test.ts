import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getTableConfig } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Consultation, InfluenceLog, Plan } from '../../cms/payload-types'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload, testDatabase } from './support/payload'

let test: TestPayload
let world: Fixtures

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => test.stop())

const plan = (title: string): Promise<Plan> =>
  test.payload.create({
    collection: 'plans',
    depth: 0,
    data: { title, community: world.alderby.id, period: { startYear: 2025, endYear: 2030 }, priorities: [{ theme: 'transport' }], _status: 'published' },
  })

const log = (title: string): Promise<InfluenceLog> =>
  test.payload.create({
    collection: 'influence-logs',
    depth: 0,
    data: {
      title,
      community: world.alderby.id,
      date: daysFromNow(-3),
      partner: world.partner.id,
      whatChanged: 'Something changed.',
      method: 'relationships',
      kind: 'changed-policy',
      celebrate: true,
      _status: 'published',
    } as never,
  })

const consultation = (title: string) =>
  test.payload.create({
    collection: 'consultations',
    depth: 0,
    data: {
      title,
      communities: [world.alderby.id],
      summary: 'A question for residents.',
      opensAt: daysFromNow(-20),
      closesAt: daysFromNow(-10),
      _status: 'published',
    },
  })

type FollowUps = NonNullable<NonNullable<Consultation['feedback']>['followUps']>

const setFollowUps = (id: number, followUps: FollowUps, draft = false) =>
  test.payload.update({
    collection: 'consultations',
    id,
    depth: 0,
    draft,
    data: { feedback: { followUps }, ...(draft ? {} : { _status: 'published' as const }) },
  })

const newsletter = (subject: string, items: { plans?: number[]; achievements?: number[]; consultations?: number[] }, status: 'draft' | 'sent') =>
  test.payload.create({
    collection: 'newsletters',
    depth: 0,
    data: { subject, content: { mode: 'picked', ...items }, audience: { kind: 'everyone' }, status, ...(status === 'sent' ? { sentAt: daysFromNow(-1) } : {}) },
  })

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (caught: unknown) => caught,
  )

const exists = async (collection: 'plans' | 'influence-logs' | 'consultations', id: number) =>
  (await test.payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

describe('deleting a document that was linked from elsewhere', () => {
  it('deletes a plan, influence log or consultation whose links were removed: stale links in old versions do not block it', async () => {
    const { payload } = test
    const linkedPlan = await plan('Plan once followed up')
    const linkedLog = await log('Log once followed up')
    const linkedConsultation = await consultation('Consultation once in a newsletter')
    const host = await consultation('Consultation that listed them')
    await setFollowUps(host.id, [
      { relationTo: 'plans', value: linkedPlan.id },
      { relationTo: 'influence-logs', value: linkedLog.id },
    ])
    await setFollowUps(host.id, [])
    const letter = await newsletter(
      'Once featured everything',
      { plans: [linkedPlan.id], achievements: [linkedLog.id], consultations: [linkedConsultation.id] },
      'draft',
    )
    await payload.update({
      collection: 'newsletters',
      id: letter.id,
      depth: 0,
      data: { content: { mode: 'picked', plans: [], achievements: [], consultations: [] } },
    })

    await payload.delete({ collection: 'plans', id: linkedPlan.id })
    await payload.delete({ collection: 'influence-logs', id: linkedLog.id })
    await payload.delete({ collection: 'consultations', id: linkedConsultation.id })
    expect([await exists('plans', linkedPlan.id), await exists('influence-logs', linkedLog.id), await exists('consultations', linkedConsultation.id)]).toEqual([
      false,
      false,
      false,
    ])
    expect((await payload.findVersions({ collection: 'consultations', where: { parent: { equals: host.id } } })).totalDocs).toBeGreaterThan(1)
  })

  it('refuses with 409, naming the consultation, to delete a plan or log still listed under a consultation’s “What followed”', async () => {
    const { payload } = test
    const followed = await plan('Plan that followed')
    const followedLog = await log('Log that followed')
    const host = await consultation('Bus routes')
    await setFollowUps(host.id, [
      { relationTo: 'plans', value: followed.id },
      { relationTo: 'influence-logs', value: followedLog.id },
    ])

    const error = await refusal(payload.delete({ collection: 'plans', id: followed.id }))
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(409)
    expect((error as APIError).message).toBe('This plan is still used by 1 consultation’s “What followed” (“Bus routes”). Change or delete those first.')
    const logError = await refusal(payload.delete({ collection: 'influence-logs', id: followedLog.id }))
    expect((logError as APIError).message).toBe(
      'This influence log is still used by 1 consultation’s “What followed” (“Bus routes”). Change or delete those first.',
    )
    expect(await exists('plans', followed.id)).toBe(true)
    expect(await exists('influence-logs', followedLog.id)).toBe(true)
  })

  it('counts a link made in an unpublished draft as a use, and one removed only in a draft too', async () => {
    const { payload } = test
    const inDraft = await plan('Plan linked in a draft')
    const host = await consultation('Library hours')
    await setFollowUps(host.id, [{ relationTo: 'plans', value: inDraft.id }], true)
    expect(((await refusal(payload.delete({ collection: 'plans', id: inDraft.id }))) as APIError).status).toBe(409)

    const unlinkedInDraft = await plan('Plan unlinked only in a draft')
    const other = await consultation('Street lights')
    await setFollowUps(other.id, [{ relationTo: 'plans', value: unlinkedInDraft.id }])
    await setFollowUps(other.id, [], true)
    expect(((await refusal(payload.delete({ collection: 'plans', id: unlinkedInDraft.id }))) as APIError).message).toContain('(“Street lights”)')
  })

  it('refuses while a newsletter not yet sent features the document, and lets it go from a newsletter already sent', async () => {
    const { payload } = test
    const featured = await plan('Plan in the next newsletter')
    const featuredConsultation = await consultation('Consultation in the next newsletter')
    await newsletter('Coming up in June', { plans: [featured.id], consultations: [featuredConsultation.id] }, 'draft')
    const error = await refusal(payload.delete({ collection: 'plans', id: featured.id }))
    expect((error as APIError).status).toBe(409)
    expect((error as APIError).message).toBe('This plan is still used by 1 newsletter not yet sent (“Coming up in June”). Change or delete those first.')
    expect(((await refusal(payload.delete({ collection: 'consultations', id: featuredConsultation.id }))) as APIError).message).toContain(
      'newsletter not yet sent (“Coming up in June”)',
    )

    const celebrated = await log('Log in last month’s newsletter')
    const kept = await log('Log that stays in last month’s newsletter')
    const sent = await newsletter('May news', { achievements: [celebrated.id, kept.id] }, 'sent')
    await payload.delete({ collection: 'influence-logs', id: celebrated.id })
    expect(await exists('influence-logs', celebrated.id)).toBe(false)
    const afterwards = await payload.findByID({ collection: 'newsletters', id: sent.id, depth: 1 })
    expect(afterwards.subject).toBe('May news')
    const stillThere = (afterwards.content?.achievements ?? []).flatMap((item) => (typeof item === 'object' && item !== null ? [item.title] : []))
    expect(stillThere).toEqual(['Log that stays in last month’s newsletter'])
  })

  it.runIf(testDatabase() === 'sqlite')('has the on-delete action Payload declares on every foreign key of the migrated SQLite schema', async () => {
    const db = test.payload.db as unknown as SQLiteAdapter
    const mismatches: string[] = []
    for (const table of Object.values(db.tables)) {
      const config = getTableConfig(table)
      const { rows } = await db.client.execute(`PRAGMA foreign_key_list(\`${config.name}\`)`)
      for (const foreignKey of config.foreignKeys) {
        const reference = foreignKey.reference()
        const column = reference.columns[0]!.name
        const declared = (foreignKey.onDelete ?? 'no action').toLowerCase()
        const actual = rows.find((row) => row.from === column)
        const migrated = (typeof actual?.on_delete === 'string' ? actual.on_delete : 'missing').toLowerCase()
        if (migrated !== declared) mismatches.push(`${config.name}.${column}: ${migrated}, declared ${declared}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})
