import type { BaseDatabaseAdapter, CollectionSlug, RequestContext, SelectType } from 'payload'

const READ_BACK = 'folkmootReadBackAfterCreate'

type ReadBack = Partial<Record<CollectionSlug, SelectType>>

/**
 * Context for `payload.create` saying which fields the database should read back after inserting a
 * document of that collection, e.g. `readBackOnly('responses', { reference: true })`.
 *
 * Payload passes a create's `select` to the hooks that shape its result but not to the database,
 * so on SQLite every create reads the whole new document back, arrays joined in: for a response,
 * a query that gathers its answers as JSON, then the mapping of every row. For the public response
 * endpoint that read was over a quarter of the CPU of storing an answer, to return one field.
 * Access, validation and the collection's hooks still run as before; only the read-back narrows,
 * so use it only where nothing after the insert needs more of the document than it selects.
 */
export const readBackOnly = (collection: CollectionSlug, select: SelectType): RequestContext => ({ [READ_BACK]: { [collection]: select } })

/** Teaches the adapter's create to honour `readBackOnly`; collections with versions or sign-in keep the whole read. */
export const readBackOnlySelected = (adapter: BaseDatabaseAdapter): void => {
  const create = adapter.create.bind(adapter)
  adapter.create = (args) => {
    const select = (args.req?.context?.[READ_BACK] as ReadBack | undefined)?.[args.collection]
    const config = adapter.payload.collections[args.collection]?.config
    // A version is saved from the create's result, and sign-in collections read theirs back in full.
    if (!select || !config || config.versions || config.auth) return create(args)
    return create({ ...args, select })
  }
}
