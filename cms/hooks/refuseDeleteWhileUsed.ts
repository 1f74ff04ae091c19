import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

type Reference = { collection: CollectionSlug; field: string; noun: [singular: string, plural: string] }

/**
 * Refuses to delete a document that others still need (a partner with strategies or logs, a
 * consultation with responses), with a clear message instead of a database error on SQLite
 * or dangling links on MongoDB.
 */
export const refuseDeleteWhileUsed =
  (what: string, references: Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const uses = await Promise.all(
      references.map(async ({ collection, field, noun }) => {
        const { totalDocs } = await req.payload.count({ collection, where: { [field]: { equals: id } }, req })
        return totalDocs === 0 ? null : `${totalDocs} ${totalDocs === 1 ? noun[0] : noun[1]}`
      }),
    )
    const used = uses.filter((use): use is string => use !== null)
    if (used.length > 0) throw new APIError(`This ${what} is still used by ${used.join(' and ')}. Move or delete those first.`, 409, null, true)
  }
