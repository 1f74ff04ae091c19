import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type TestPayload, startPayload, testDatabase } from './support/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

/**
 * The lists that reach 100,000 documents, filtered as editors filter them, in the list's own
 * order. Without a compound index SQLite sorts every matching row, and builds each row's arrays
 * before the sort: the admin bench measured 0.2-0.7 s a page. (Speed itself is measured there.)
 */
const SQLITE_LISTS = [
  ['responses of a consultation', 'SELECT id FROM responses WHERE consultation_id = 1 ORDER BY created_at DESC LIMIT 10'],
  ['responses waiting for review', "SELECT id FROM responses WHERE moderation = 'pending' ORDER BY created_at DESC LIMIT 10"],
  ['confirmed subscribers', "SELECT id FROM subscribers WHERE status = 'confirmed' ORDER BY created_at DESC LIMIT 10"],
  ['a newsletter’s mail', 'SELECT id FROM newsletter_deliveries WHERE newsletter_id = 1 ORDER BY updated_at DESC LIMIT 10'],
  ['influence logs, as the list reads their drafts', 'SELECT id FROM _influence_logs_v WHERE latest = 1 ORDER BY version_date DESC, created_at DESC LIMIT 10'],
  [
    'a community’s influence logs, as drafts',
    'SELECT id FROM _influence_logs_v WHERE latest = 1 AND version_community_id = 1 ORDER BY version_date DESC, created_at DESC LIMIT 10',
  ],
] as const

describe('the admin’s big lists', () => {
  it.skipIf(testDatabase() === 'mongodb').each(SQLITE_LISTS)('read %s in order from an index on SQLite', async (_, query) => {
    const { rows } = await (test.payload.db as unknown as SQLiteAdapter).client.execute(`EXPLAIN QUERY PLAN ${query}`)
    const plan = rows.map((row) => String(row.detail as string)).join('\n')
    expect(plan).toMatch(/USING (COVERING )?INDEX/)
    // Sorting only the ties of the leading order (RIGHT PART) is cheap; sorting every match is what made lists slow.
    expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
  })

  it.skipIf(testDatabase() === 'sqlite')('have their compound indexes on MongoDB, the versions’ too', async () => {
    const db = test.payload.db as unknown as MongooseAdapter
    // Mongoose builds a model's indexes in the background as it connects; init() waits for that.
    const keysOf = async (model: (typeof db.collections)[string]) => {
      await model.init()
      return (await model.collection.indexes()).map((index) => JSON.stringify(index.key))
    }
    expect(await keysOf(db.collections.responses!)).toEqual(
      expect.arrayContaining([JSON.stringify({ consultation: 1, createdAt: 1 }), JSON.stringify({ moderation: 1, createdAt: 1 })]),
    )
    expect(await keysOf(db.collections.subscribers!)).toContain(JSON.stringify({ status: 1, createdAt: 1 }))
    expect(await keysOf(db.collections['newsletter-deliveries']!)).toContain(JSON.stringify({ newsletter: 1, updatedAt: 1 }))
    expect(await keysOf(db.collections['influence-logs']!)).toContain(JSON.stringify({ community: 1, date: 1 }))
    expect(await keysOf(db.versions['influence-logs']!)).toContain(JSON.stringify({ 'version.community': 1, 'version.date': 1 }))
  })
})
