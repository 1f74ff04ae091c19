import type { CollectionSlug, GlobalSlug, Payload, SanitizedCollectionConfig, Where } from 'payload'

export type Row = Record<string, unknown>
export type CollectionContents = { documents: Row[]; versions: Row[] }
export type GlobalContents = { document: Row | null; versions: Row[] }

/** Everything an export carries, as the database adapter reads it: ids as stored, references as ids. */
export type Contents = { collections: Record<string, CollectionContents>; globals: Record<string, GlobalContents> }

export const JOBS = 'payload-jobs'
// Locks and migration records belong to one running installation, not to its content.
const NOT_CARRIED = new Set(['payload-locked-documents', 'payload-migrations', 'payload-kv'])

/** A collection's config by a slug read from an archive, which may name one this config lacks. */
export const collectionConfig = (payload: Payload, slug: string): SanitizedCollectionConfig | undefined =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config

/** A collection that declares its own `id` field keeps its ids in every database. */
export const hasOwnIdField = (payload: Payload, slug: string): boolean => collectionConfig(payload, slug)!.flattenedFields.some((field) => field.name === 'id')

// Archives name collections and globals as plain strings; these check nothing, callers have.
export const asCollection = (slug: string) => slug as CollectionSlug
export const asGlobal = (slug: string) => slug as GlobalSlug

/** The collections an export carries: every one the config declares, Payload's preferences and jobs included. */
export const carriedCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  Object.values(payload.collections)
    .map((collection) => collection.config)
    .filter((config) => !NOT_CARRIED.has(config.slug))

/** Jobs still to run: finished ones (done, or failed for good) are history, not work to carry over. */
const DUE_JOBS: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }

const PAGE = 500

const readAll = async (read: (page: number) => Promise<{ docs: unknown[]; hasNextPage: boolean }>): Promise<Row[]> => {
  const rows: Row[] = []
  for (let page = 1; ; page += 1) {
    const batch = await read(page)
    rows.push(...(batch.docs as Row[]))
    if (!batch.hasNextPage) return rows
  }
}

/** Reads every carried document, version and global through the adapter: no hooks, hidden fields (password hashes) included. */
export const readContents = async (payload: Payload): Promise<Contents> => {
  const contents: Contents = { collections: {}, globals: {} }
  for (const config of carriedCollections(payload)) {
    const collection = config.slug
    const where = collection === JOBS ? DUE_JOBS : undefined
    const documents = await readAll((page) => payload.db.find({ collection, where, sort: 'id', limit: PAGE, page, pagination: true }))
    const versions = config.versions ? await readAll((page) => payload.db.findVersions({ collection, sort: 'id', limit: PAGE, page, pagination: true })) : []
    contents.collections[collection] = { documents, versions }
  }
  for (const config of payload.config.globals) {
    const document = ((await payload.db.findGlobal({ slug: config.slug })) as Row | null) ?? null
    const versions = config.versions
      ? await readAll((page) => payload.db.findGlobalVersions({ global: config.slug, sort: 'id', limit: PAGE, page, pagination: true }))
      : []
    contents.globals[config.slug] = { document: document && Object.keys(document).length > 0 ? document : null, versions }
  }
  return contents
}

/** How many documents, versions and globals a database holds; 0 means an import has nothing to replace. */
export const countStored = async (payload: Payload): Promise<number> => {
  let total = 0
  for (const config of carriedCollections(payload)) {
    total += (await payload.db.count({ collection: config.slug, where: {} })).totalDocs
    if (config.versions) total += (await payload.db.countVersions({ collection: config.slug, where: {} })).totalDocs
  }
  for (const config of payload.config.globals) {
    const document = (await payload.db.findGlobal({ slug: config.slug })) as Row | null
    if (document && Object.keys(document).length > 0) total += 1
    if (config.versions) total += (await payload.db.countGlobalVersions({ global: config.slug, where: {} })).totalDocs
  }
  return total
}
