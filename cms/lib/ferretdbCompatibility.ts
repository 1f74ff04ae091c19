import type { MongooseAdapter } from '@payloadcms/db-mongodb'

/**
 * FerretDB v1 (the MongoDB wire-protocol server the test suite uses) lacks two things Payload's
 * MongoDB adapter relies on. The server is recognised by its buildInfo answer, so production
 * MongoDB keeps Payload's defaults and nobody has to set a flag:
 * - no `$lookup`, so joins are resolved with separate queries (useJoinAggregations: false);
 * - `findAndModify` refuses a `fields` projection, which Payload sends when it counts a failed
 *   sign-in, so updates run without `select` (the caller gets the whole document back).
 */
export const adaptToFerretDB = async (adapter: MongooseAdapter): Promise<void> => {
  const info = (await adapter.connection.db?.admin().command({ buildInfo: 1 })) as { ferretdbVersion?: string } | undefined
  if (!info?.ferretdbVersion) return
  adapter.useJoinAggregations = false
  const updateOne = adapter.updateOne.bind(adapter)
  adapter.updateOne = (args) => updateOne({ ...args, select: undefined })
}
