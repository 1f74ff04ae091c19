import fs from 'node:fs'
import path from 'node:path'

import { type MongooseAdapter, mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { shareRateLimitsThrough } from './endpoints/support/rateLimit'
import { claimEachJobOnce } from './jobs/claimEachJobOnce'
import { adaptToFerretDB } from './lib/ferretdbCompatibility'
import { readBackOnlySelected } from './lib/readBackOnlySelected'
import { reusePreparedStatements } from './lib/reusePreparedStatements'
import { migrations } from './migrations'
import { settings } from './settings'

/** Where the embedded database lives; from the working directory, never from import.meta.url. */
export const sqlitePath = (): string => path.resolve(/* turbopackIgnore: true */ process.cwd(), settings().SQLITE_PATH)

export const usesMongo = (): boolean => settings().DATABASE_URI !== undefined

/** What several instances on one MongoDB share besides the data: the rate limits' counters and the jobs queue, each job run once. */
const shareWithOtherInstances = async (adapter: MongooseAdapter): Promise<void> => {
  await adaptToFerretDB(adapter)
  claimEachJobOnce(adapter)
  if (adapter.connection.db) await shareRateLimitsThrough(adapter.connection.db)
}

/**
 * SQLite by default (zero setup), MongoDB when DATABASE_URI says so. SQLite never pushes its
 * schema: every environment runs the committed migrations, so what is tested is what ships.
 */
export const databaseAdapter = (): DatabaseAdapterObj => {
  if (usesMongo()) return mongooseAdapter({ url: settings().DATABASE_URI as string, afterOpenConnection: shareWithOtherInstances })
  const file = sqlitePath()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  reusePreparedStatements()
  const adapter = sqliteAdapter({
    client: { url: `file:${file}` },
    push: false,
    // WAL with synchronous NORMAL: a commit survives the process being killed (what the newsletter
    // sender's exactly-once rests on) without a disk flush per commit; only an OS crash or power cut
    // can roll back the last few commits. FULL made each commit cost ~10 ms here (75 mails/s).
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 5000,
    migrationDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), 'cms/migrations'),
  })
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      readBackOnlySelected(instance)
      return instance
    },
  }
}

/** Brings an SQLite database up to the committed schema; a no-op when it already is. */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (usesMongo()) return
  // Payload types a migration's arguments as unknown; the generated list carries the adapter's own.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
