import type { Payload } from 'payload'

import { usesMongo } from '../database'
import { FORMAT, FORMAT_VERSION, type Manifest, openArchive } from './archive'
import { type Contents, type Row, asCollection, asGlobal, carriedCollections, collectionConfig, countStored, hasOwnIdField, readContents } from './contents'
import { type ContentSummary, summarise } from './contentHash'
import { documentMapper } from './mapDocuments'
import { mediaProblem, restoreMedia } from './media'
import { allocateIds } from './newIds'
import type { Id } from './references'

export type ImportResult = { manifest: Manifest; replaced: number }

const refuse = (sentence: string): never => {
  throw new Error(sentence)
}

const checkManifest = (file: string, manifest: unknown): Manifest => {
  const read = manifest as Partial<Manifest> | null
  if (read?.format !== FORMAT) refuse(`${file} has no Folkmoot export manifest, so it is not an archive made by \`npm run export-data\`. Nothing was changed.`)
  if (read!.formatVersion !== FORMAT_VERSION)
    refuse(
      `${file} is in export format ${String(read!.formatVersion)}, and this version of Folkmoot reads format ${FORMAT_VERSION} only: import it with the Folkmoot version that made it (${String(read!.folkmootVersion)}), or export it again. Nothing was changed.`,
    )
  return read as Manifest
}

/** Collections and globals whose counts or content hash differ between two summaries, by name. */
export const differences = (expected: ContentSummary, actual: ContentSummary): string[] => {
  const differing: string[] = []
  for (const kind of ['collections', 'globals'] as const) {
    for (const [slug, summary] of Object.entries(expected[kind])) {
      const other = actual[kind][slug]
      if (!other || other.documents !== summary.documents || other.versions !== summary.versions || other.hash !== summary.hash) differing.push(slug)
    }
  }
  return differing
}

/** A database error names the statement and every value in it; the operator needs which document and the first line. */
const failedWrite =
  (what: string) =>
  (error: unknown): never => {
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
    throw new Error(`Importing ${what} failed (${reason.split('\n')[0]}); the import removed what it had written.`, { cause: error })
  }

const writeContents = async (payload: Payload, contents: Contents, target: 'sqlite' | 'mongodb'): Promise<void> => {
  const ids = allocateIds(payload, contents, target)
  const mapId = (collection: string, id: Id) => ids.get(collection, id)
  const mapper = documentMapper(payload)
  const withoutId = ({ id: _id, ...rest }: Row): Row => rest
  for (const [collection, { documents, versions }] of Object.entries(contents.collections)) {
    for (const doc of documents) {
      const customID = mapId(collection, doc.id as Id) as Id
      // The MongoDB adapter takes a collection's own (custom) id from the data, not from customID.
      const data = { ...withoutId(mapper.document(collection, doc, mapId)), ...(hasOwnIdField(payload, collection) ? { id: customID } : {}) }
      await payload.db.create({ collection: asCollection(collection), customID, data, returning: false }).catch(failedWrite(`${collection} ${String(doc.id)}`))
    }
    for (const version of versions) {
      const mapped = mapper.version(collection, version, mapId)
      // A version whose document is gone has nothing to belong to.
      if (mapped.parent === null || mapped.parent === undefined) continue
      await payload.db.createVersion({
        collectionSlug: asCollection(collection),
        parent: mapped.parent as Id,
        versionData: withoutId(mapped.version as Row),
        autosave: mapped.autosave === true,
        createdAt: String(mapped.createdAt),
        updatedAt: String(mapped.updatedAt),
        publishedLocale: typeof mapped.publishedLocale === 'string' ? mapped.publishedLocale : undefined,
        snapshot: mapped.snapshot === true ? true : undefined,
        returning: false,
      })
    }
  }
  for (const [slug, { document, versions }] of Object.entries(contents.globals)) {
    if (document) {
      const data = withoutId(mapper.global(slug, document, mapId))
      const existing = (await payload.db.findGlobal({ slug })) as Row | null
      // The SQLite adapter's createGlobal stamps createdAt with the time of the import; its
      // updateGlobal creates a missing global too, and keeps the archived createdAt.
      if (target === 'sqlite' || (existing && Object.keys(existing).length > 0)) await payload.db.updateGlobal({ slug, data, returning: false })
      else await payload.db.createGlobal({ slug, data, returning: false })
    }
    for (const version of versions) {
      const mapped = mapper.globalVersion(slug, version, mapId)
      await payload.db.createGlobalVersion({
        globalSlug: asGlobal(slug),
        versionData: withoutId(mapped.version as Row),
        autosave: mapped.autosave === true,
        createdAt: String(mapped.createdAt),
        updatedAt: String(mapped.updatedAt),
        returning: false,
      })
    }
  }
}

/**
 * SQLite checks foreign keys on each insert, and documents refer to one another in circles, so the
 * checks are off while the import writes (every reference it writes names a document it writes).
 */
const withoutForeignKeyChecks = async (payload: Payload, work: () => Promise<void>): Promise<void> => {
  if (usesMongo()) return work()
  // The SQLite adapter's own raw-statement helper; its public type names Postgres transactions too.
  const adapter = payload.db as unknown as { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
  await adapter.execute({ drizzle: adapter.drizzle, raw: 'PRAGMA foreign_keys = OFF' })
  try {
    await work()
  } finally {
    await adapter.execute({ drizzle: adapter.drizzle, raw: 'PRAGMA foreign_keys = ON' })
  }
}

/**
 * Deletes every carried document, version and global version. SQLite's foreign keys stay on, so
 * deletes cascade to array, block and link rows; a collection others still refer to with a
 * restricting key (consultations, while responses remain) is retried after the rest, round by round.
 */
const deleteEverything = async (payload: Payload): Promise<void> => {
  const deletes = carriedCollections(payload).flatMap((config) => [
    ...(config.versions ? [() => payload.db.deleteVersions({ collection: asCollection(config.slug), where: {} })] : []),
    () => payload.db.deleteMany({ collection: asCollection(config.slug), where: {} }),
  ])
  for (const config of payload.config.globals)
    if (config.versions) deletes.push(() => payload.db.deleteVersions({ globalSlug: asGlobal(config.slug), where: {} }))
  let remaining = deletes
  while (remaining.length > 0) {
    const failed: typeof remaining = []
    let lastError: unknown
    for (const remove of remaining) {
      try {
        await remove()
      } catch (error) {
        failed.push(remove)
        lastError = error
      }
    }
    if (failed.length === remaining.length) throw lastError
    remaining = failed
  }
}

/** An archive unpacked, with its manifest checked: what can be checked before Payload starts. */
export type CheckedArchive = { file: string; root: string; manifest: Manifest; contents: () => Contents; close: () => void }

/** Opens an archive and checks it is one this version reads, before the database is touched; close() removes the unpacked copy. */
export const openCheckedArchive = async (file: string): Promise<CheckedArchive> => {
  const archive = await openArchive(file)
  try {
    const manifest = checkManifest(file, archive.manifest)
    return { file, root: archive.root, manifest, contents: () => archive.contents(manifest), close: archive.close }
  } catch (error) {
    archive.close()
    throw error
  }
}

/**
 * Fills the database from an archive made by `exportData`, on SQLite or MongoDB whichever made it.
 * Every check (the archive's collections, its content against its manifest, its media files, an
 * empty database unless `replace`) comes before the first write. Writes go through the database
 * adapter: no hooks run (no mail, no queued jobs), and password hashes and salts carry over as
 * they are. A failed write removes what the import wrote.
 */
export const importData = async (payload: Payload, archive: CheckedArchive, options: { replace: boolean }): Promise<ImportResult> => {
  const { file, manifest } = archive
  const unknown = Object.keys(manifest.collections).filter((slug) => !collectionConfig(payload, slug))
  unknown.push(...Object.keys(manifest.globals).filter((slug) => !payload.config.globals.some((global) => global.slug === slug)))
  if (unknown.length > 0)
    refuse(`${file} holds ${unknown.join(', ')}, which this version of Folkmoot does not have: import it with the version that made it. Nothing was changed.`)
  const contents = archive.contents()
  const damaged = differences(manifest, summarise(payload, contents))
  if (damaged.length > 0) refuse(`The content of ${damaged.join(', ')} in ${file} differs from its manifest: the archive is damaged. Nothing was changed.`)
  const problem = mediaProblem(file, archive.root, manifest.media)
  if (problem) refuse(problem)
  const stored = await countStored(payload)
  if (stored > 0 && !options.replace)
    refuse(
      `The database already holds ${stored} documents: import-data fills an empty database only. To delete them and import, run again with --replace (take a backup first). Nothing was changed.`,
    )

  const target = usesMongo() ? 'mongodb' : 'sqlite'
  // The SQLite adapter runs without transactions and FerretDB has none, so a failed import removes what it wrote.
  // Deletes run with SQLite's foreign keys on, so they cascade to array, block and link rows.
  if (stored > 0) await deleteEverything(payload)
  try {
    await withoutForeignKeyChecks(payload, () => writeContents(payload, contents, target))
  } catch (error) {
    await deleteEverything(payload)
    throw error
  }
  restoreMedia(payload, archive.root, manifest.media)

  const differing = differences(manifest, summarise(payload, await readContents(payload)))
  if (differing.length > 0)
    refuse(`Imported ${file}, but ${differing.join(', ')} read back differently from the archive: compare with \`npm run export-data\` before relying on them.`)
  return { manifest, replaced: stored }
}
