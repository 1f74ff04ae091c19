import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Fixtures, community, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
})
afterAll(async () => test.stop())

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (caught: unknown) => caught as APIError,
  )

const plan = (title: string, owner: { community: number } | { cluster: number }) =>
  test.payload.create({
    collection: 'plans',
    depth: 0,
    data: { title, ...owner, period: { startYear: 2025, endYear: 2030 }, priorities: [{ theme: 'housing' }], _status: 'published' },
  })

const introduction = (owner: { community: number } | { cluster: number }, year: number) =>
  test.payload.create({ collection: 'achievement-reports', depth: 0, data: { ...owner, year, narrative: 'What the year meant.', _status: 'published' } })

describe('deleting a community or cluster', () => {
  it('refuses with 409 to delete a community that still owns content or belongs to a cluster, naming them, and changes nothing', async () => {
    const { payload } = test
    await plan('Alderby Plan', { community: world.alderby.id })
    await introduction({ community: world.alderby.id }, 2025)

    const error = await refusal(payload.delete({ collection: 'communities', id: world.alderby.id }))
    expect(error).toBeInstanceOf(APIError)
    expect(error!.status).toBe(409)
    expect(error!.message).toBe(
      'This community is still used by 1 plan (“Alderby Plan”), 1 consultation (“Alderby green space”), 1 annual report introduction (“2025”) and 1 cluster (“Alder Vale”). Change or delete those first.',
    )
    expect(await payload.findByID({ collection: 'communities', id: world.alderby.id, depth: 0 })).toMatchObject({ name: 'Alderby' })
    const [kept] = (await payload.find({ collection: 'plans', where: { title: { equals: 'Alderby Plan' } }, depth: 0 })).docs
    expect(kept?.community).toEqual(world.alderby.id)
  })

  it('refuses to delete a cluster that owns a plan or a report introduction, so a cluster report never turns into the district’s', async () => {
    const { payload } = test
    await plan('Alder Vale Joint Plan', { cluster: world.cluster.id })
    await introduction({ cluster: world.cluster.id }, 2025)
    const error = await refusal(payload.delete({ collection: 'clusters', id: world.cluster.id }))
    expect(error!.status).toBe(409)
    expect(error!.message).toBe(
      'This cluster is still used by 1 plan (“Alder Vale Joint Plan”) and 1 annual report introduction (“2025”). Change or delete those first.',
    )
    const reports = await payload.find({ collection: 'achievement-reports', where: { year: { equals: 2025 } }, depth: 0 })
    expect(reports.docs.filter((report) => !report.community && !report.cluster)).toEqual([])
  })

  it('refuses while a newsletter not yet sent is addressed to the community', async () => {
    const { payload } = test
    const quiet = await community(payload, 'Quietmoor')
    await payload.create({
      collection: 'newsletters',
      depth: 0,
      data: { subject: 'Quietmoor news', content: { mode: 'digest' }, audience: { kind: 'communities', communities: [quiet.id] }, status: 'draft' },
    })
    expect((await refusal(payload.delete({ collection: 'communities', id: quiet.id })))!.message).toBe(
      'This community is still used by 1 newsletter not yet sent (“Quietmoor news”). Change or delete those first.',
    )
  })

  it('deletes a community that owns nothing; the people who followed it keep their accounts and can still be edited', async () => {
    const { payload } = test
    const empty = await community(payload, 'Emptyfield')
    const follower = await payload.create({
      collection: 'users',
      depth: 0,
      data: { name: 'Fay Follower', email: 'fay@example.org', password: 'correct horse battery', role: 'member', communities: [world.bexcombe.id, empty.id] },
    })
    await payload.delete({ collection: 'communities', id: empty.id })
    expect((await payload.count({ collection: 'communities', where: { id: { equals: empty.id } } })).totalDocs).toBe(0)
    const edited = await payload.update({ collection: 'users', id: follower.id, depth: 0, data: { name: 'Fay Follower-Smith' } })
    expect(edited.name).toBe('Fay Follower-Smith')
    expect(edited.communities?.map(String)).toContain(String(world.bexcombe.id))
  })

  it('counts content owned in an unpublished draft too', async () => {
    const { payload } = test
    const drafty = await community(payload, 'Draftwick')
    await payload.create({
      collection: 'consultations',
      depth: 0,
      draft: true,
      data: {
        title: 'Draftwick parking',
        communities: [drafty.id],
        summary: 'Not ready yet.',
        opensAt: daysFromNow(5),
        closesAt: daysFromNow(30),
        _status: 'draft',
      },
    })
    expect((await refusal(payload.delete({ collection: 'communities', id: drafty.id })))!.message).toContain('1 consultation (“Draftwick parking”)')
  })
})
