import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { community, daysFromNow } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

/** The likely differences between SQLite and MongoDB, pinned down so both passes must agree. */
let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

describe('SQLite and MongoDB behave alike', () => {
  it('sort names in the same (binary) order, so the site sorts for people itself', async () => {
    for (const name of ['bexley', 'Zennor', 'Ćwmbran', 'Aldgate']) await community(test.payload, name)
    const sorted = await test.payload.find({ collection: 'communities', sort: 'name', depth: 0, select: { name: true } })
    expect(sorted.docs.map((doc) => doc.name)).toEqual(['Aldgate', 'Zennor', 'bexley', 'Ćwmbran'])
  })

  it('match names case-insensitively with like, and exactly with equals', async () => {
    await community(test.payload, 'Upper Wendle')
    const like = await test.payload.find({ collection: 'communities', where: { name: { like: 'upper wen' } }, depth: 0 })
    const equals = await test.payload.find({ collection: 'communities', where: { name: { equals: 'upper wendle' } }, depth: 0 })
    expect(like.docs.map((doc) => doc.name)).toEqual(['Upper Wendle'])
    expect(equals.totalDocs).toBe(0)
  })

  it('give back dates exactly as stored, to the millisecond, in UTC', async () => {
    const opensAt = '2026-03-01T09:30:00.123Z'
    const created = await test.payload.create({
      collection: 'consultations',
      data: {
        title: 'Dates',
        communities: [(await community(test.payload, 'Datesford')).id],
        summary: 'When?',
        opensAt,
        closesAt: daysFromNow(400),
        _status: 'published',
      },
    })
    const reread = await test.payload.findByID({ collection: 'consultations', id: created.id, depth: 0 })
    expect(reread.opensAt).toBe(opensAt)
  })

  it('use the same id in a relationship as the document it points to, at depth 0 and depth 1', async () => {
    const first = await community(test.payload, 'Firstby')
    const second = await community(test.payload, 'Secondby')
    const cluster = await test.payload.create({ collection: 'clusters', data: { name: 'Pair', members: [first.id, second.id], approach: 'joint-plan' } })
    const shallow = await test.payload.findByID({ collection: 'clusters', id: cluster.id, depth: 0 })
    const deep = await test.payload.findByID({ collection: 'clusters', id: cluster.id, depth: 1 })
    expect(shallow.members).toEqual([first.id, second.id])
    expect(deep.members.map((member) => (typeof member === 'object' ? member.name : member))).toEqual(['Firstby', 'Secondby'])
    const byMember = await test.payload.find({ collection: 'clusters', where: { members: { in: [second.id] } }, depth: 0 })
    expect(byMember.docs.map((doc) => doc.id)).toEqual([cluster.id])
  })
})
