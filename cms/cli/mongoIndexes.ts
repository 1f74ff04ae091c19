import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

/**
 * Compares the indexes every collection, version and global model declares with those the
 * database has, and creates the missing ones (never dropping any an operator added). Payload
 * itself creates indexes in the background on first use, which production should not rely on.
 * Returns how many were missing.
 */
export const ensureMongoIndexes = async (payload: Payload): Promise<number> => {
  const adapter = payload.db as unknown as MongooseAdapter
  const models = [...Object.values(adapter.collections), ...Object.values(adapter.versions), adapter.globals]
  let created = 0
  for (const model of models) {
    const { toCreate } = await model.diffIndexes()
    if (toCreate.length === 0) continue
    await model.createIndexes()
    created += toCreate.length
  }
  return created
}
