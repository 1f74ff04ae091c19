import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/snapshot'
import type { Plan } from '../../cms/payload-types'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures
let plan: Plan

const planData = (extra: Record<string, unknown> = {}) => ({
  title: `Plan ${Math.random().toString(36).slice(2, 8)}`,
  community: world.alderby.id,
  period: { startYear: 2025, endYear: 2030 },
  priorities: [{ theme: 'transport' as const }],
  actions: [
    {
      title: 'Later bus',
      theme: 'transport' as const,
      status: 'in-progress' as const,
      progress: 40,
      updates: [{ date: daysFromNow(-30), note: 'Asked the county.', status: 'in-progress' as const, progress: 40 }],
    },
  ],
  _status: 'published' as const,
  ...extra,
})

/** The messages Payload's validation error carries, field by field. */
const refusal = async (attempt: Promise<unknown>): Promise<string> => {
  const error = (await attempt.then(
    () => null,
    (caught: unknown) => caught,
  )) as { data?: { errors?: Array<{ message: string }> } } | null
  expect(error, 'the save should have been refused').not.toBeNull()
  return (error?.data?.errors ?? []).map((item) => item.message).join(' | ')
}

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
  plan = await test.payload.create({ collection: 'plans', depth: 0, data: planData() })
})
afterAll(async () => test.stop())

describe('plans and the influence that advances them', () => {
  it('keeps a plan’s dated updates, kind and standing, with defaults for plans that name neither', () => {
    expect(plan).toMatchObject({ kind: 'community-action-plan', standing: 'adopted' })
    expect(plan.actions?.[0]?.updates?.[0]).toMatchObject({ note: 'Asked the county.', status: 'in-progress', progress: 40 })
  })

  it('refuses a plan submitted to nobody, an update dated in the future and an update whose % contradicts its status', async () => {
    expect(await refusal(test.payload.create({ collection: 'plans', depth: 0, data: planData({ standing: 'registered' }) }))).toContain(
      'Name the partner the plan was submitted to or registered with.',
    )
    const future = planData()
    future.actions[0]!.updates[0]!.date = daysFromNow(30)
    expect(await refusal(test.payload.create({ collection: 'plans', depth: 0, data: future }))).toContain('the date cannot be in the future')
    const contradiction = planData()
    contradiction.actions[0]!.updates[0] = { date: daysFromNow(-1), note: 'Finished.', status: 'done' as never, progress: 80 }
    expect(await refusal(test.payload.create({ collection: 'plans', depth: 0, data: contradiction }))).toContain('A done action is 100% complete.')
    const registered = await test.payload.create({
      collection: 'plans',
      depth: 0,
      data: planData({ standing: 'registered', standingPartner: world.partner.id }),
    })
    expect(registered.standingPartner).toBe(world.partner.id)
  })

  it('lets an influence entry name an action of a plan by id or title, storing its id, and refuses an action the plan does not have', async () => {
    const entry = (action: string) =>
      test.payload.create({
        collection: 'influence-logs',
        depth: 0,
        data: {
          title: `Entry for ${action.trim()}`,
          community: world.alderby.id,
          date: daysFromNow(-2),
          partner: world.partner.id,
          whatChanged: 'The county agreed to cost a later bus.',
          method: 'relationships',
          kind: 'got-others-to-deliver',
          advancedActions: [{ plan: plan.id, action }],
          _status: 'published',
        } as never,
      })
    const actionId = plan.actions![0]!.id!
    expect((await entry(actionId)).advancedActions).toEqual([expect.objectContaining({ plan: plan.id, action: actionId })])
    expect((await entry('  later BUS ')).advancedActions).toEqual([expect.objectContaining({ action: actionId })])
    expect(await refusal(entry('no-such-action'))).toContain('That plan has no action with this title or id.')
    const count = await test.payload.count({ collection: 'influence-logs', where: { title: { equals: 'Entry for no-such-action' } } })
    expect(count.totalDocs).toBe(0)
  })

  it('gives a strategy saved before strategies had slugs an address of its own in the snapshot', async () => {
    await test.payload.db.updateOne({ collection: 'partner-strategies', where: { id: { equals: world.strategy.id } }, data: { slug: null } })
    const published = (await exportSnapshot(test.payload)).strategies.find((strategy) => String(strategy.id) === String(world.strategy.id))
    expect(published?.slug).toBe(`testshire-local-plan-${world.strategy.id}`)
  })
})
