import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { type Contents, hasOwnIdField } from './contents'
import type { Id } from './references'

const OBJECT_ID = /^[0-9a-f]{24}$/
const INTEGER = /^[1-9][0-9]*$/

/**
 * ObjectId-shaped ids that ascend in the order they are made (one timestamp, one random part,
 * a counter), so documents keep their order by id across databases.
 */
const objectIds = (): (() => string) => {
  const prefix =
    Math.floor(Date.now() / 1000)
      .toString(16)
      .padStart(8, '0') + randomBytes(5).toString('hex')
  let counter = 0
  return () => prefix + (counter++).toString(16).padStart(6, '0')
}

export type IdMap = { get: (collection: string, id: Id) => Id | null }

/**
 * The id each archived document gets in the target database. Ids the target can store as they are
 * are kept (integers on SQLite, ObjectIds on MongoDB, and custom ids always); otherwise each
 * collection is numbered afresh, in the archive's order, which is by id, so that order is kept.
 */
export const allocateIds = (payload: Payload, contents: Contents, target: 'sqlite' | 'mongodb'): IdMap => {
  const nextObjectId = objectIds()
  const ids = new Map<string, Id>()
  const key = (collection: string, id: Id) => `${collection}\u0000${String(id)}`
  for (const [collection, { documents }] of Object.entries(contents.collections)) {
    const customIds = hasOwnIdField(payload, collection)
    const fits = (id: unknown) => (target === 'mongodb' ? OBJECT_ID.test(String(id)) : INTEGER.test(String(id)))
    const keep = customIds || documents.every((doc) => fits(doc.id))
    documents.forEach((doc, index) => {
      const id = doc.id as Id
      const kept = target === 'sqlite' && !customIds ? Number(id) : id
      ids.set(key(collection, id), keep ? kept : target === 'mongodb' ? nextObjectId() : index + 1)
    })
  }
  return { get: (collection, id) => ids.get(key(collection, id)) ?? null }
}
