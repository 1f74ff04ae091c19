import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { Contents, Row } from './contents'
import { documentMapper } from './mapDocuments'
import type { Id } from './references'

export type Summary = { documents: number; versions: number; hash: string }
export type ContentSummary = { collections: Record<string, Summary>; globals: Record<string, Summary> }

const idKey = (collection: string, id: Id) => `${collection}\u0000${String(id)}`

/** JSON with keys in a stable order and absent values (null, undefined) left out, which SQLite and MongoDB store differently. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value
  const out: Row = {}
  for (const key of Object.keys(value).sort()) {
    const item = (value as Row)[key]
    if (item !== null && item !== undefined) out[key] = canonical(item)
  }
  return out
}

// SQLite stores `latest: false` on a superseded version; MongoDB unsets the field.
const latestAsFlag = (version: Row): Row => ({ ...version, latest: version.latest === true })

export type NormalisedContents = { collections: Record<string, unknown[]>; globals: Record<string, unknown[]> }

/**
 * The contents as they compare across databases: every id (own and referenced) is replaced by the
 * document's position in its collection, ordered by id, which an import keeps; version ids by
 * their position likewise; keys sorted and absent values left out. Timestamps are kept.
 */
export const normalise = (payload: Payload, contents: Contents): NormalisedContents => {
  const mapper = documentMapper(payload)
  const position = new Map<string, string>()
  for (const [collection, { documents }] of Object.entries(contents.collections))
    documents.forEach((doc, index) => position.set(idKey(collection, doc.id as Id), `${collection}#${index + 1}`))
  const mapId = (collection: string, id: Id) => position.get(idKey(collection, id)) ?? null
  const withPosition = (row: Row, index: number): unknown => canonical({ ...row, id: index + 1 })
  const normalised: NormalisedContents = { collections: {}, globals: {} }
  for (const [collection, { documents, versions }] of Object.entries(contents.collections)) {
    normalised.collections[collection] = [
      ...documents.map((doc, index) => withPosition(mapper.document(collection, doc, mapId), index)),
      ...versions.map((version, index) => withPosition(latestAsFlag(mapper.version(collection, version, mapId)), index)),
    ]
  }
  for (const [slug, { document, versions }] of Object.entries(contents.globals)) {
    normalised.globals[slug] = [
      ...(document ? [withPosition(mapper.global(slug, document, mapId), 0)] : []),
      ...versions.map((version, index) => withPosition(mapper.globalVersion(slug, version, mapId), index)),
    ]
  }
  return normalised
}

const hashRows = (rows: unknown[]): string => {
  const hash = createHash('sha256')
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`)
  return hash.digest('hex')
}

/** Counts and a content hash per collection and global, over the normalised contents: equal content gives equal hashes on any database. */
export const summarise = (payload: Payload, contents: Contents): ContentSummary => {
  const normalised = normalise(payload, contents)
  const summary: ContentSummary = { collections: {}, globals: {} }
  for (const [collection, { documents, versions }] of Object.entries(contents.collections))
    summary.collections[collection] = { documents: documents.length, versions: versions.length, hash: hashRows(normalised.collections[collection]!) }
  for (const [slug, { document, versions }] of Object.entries(contents.globals))
    summary.globals[slug] = { documents: document ? 1 : 0, versions: versions.length, hash: hashRows(normalised.globals[slug]!) }
  return summary
}
