import type { FlattenedBlock, FlattenedField, SanitizedConfig } from 'payload'

export type Id = string | number
/** What a reference to document `id` of `collection` becomes; null when it names nothing that is carried over. */
export type MapId = (collection: string, id: Id) => Id | null

type Json = unknown
type Row = Record<string, Json>

const isRow = (value: Json): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)
const idOf = (value: Json): Id | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  // A populated relationship: the document itself.
  if (isRow(value) && (typeof value.id === 'string' || typeof value.id === 'number')) return value.id
  return null
}

const mapRelation = (relationTo: string | string[], value: Json, mapId: MapId): Json => {
  if (value === null || value === undefined) return value
  if (Array.isArray(relationTo)) {
    // Polymorphic: { relationTo, value }.
    if (!isRow(value) || typeof value.relationTo !== 'string') return value
    const id = idOf(value.value)
    const mapped = id === null ? null : mapId(value.relationTo, id)
    return mapped === null ? null : { ...value, value: mapped }
  }
  const id = idOf(value)
  return id === null ? value : mapId(relationTo, id)
}

const mapRelationField = (relationTo: string | string[], value: Json, mapId: MapId): Json =>
  Array.isArray(value) ? value.map((item) => mapRelation(relationTo, item, mapId)).filter((item) => item !== null) : mapRelation(relationTo, value, mapId)

/** Lexical keeps links to documents and embedded uploads or relationships in its JSON, with the collection beside the id. */
const mapRichText = (node: Json, mapId: MapId): Json => {
  if (Array.isArray(node)) return node.map((child) => mapRichText(child, mapId))
  if (!isRow(node)) return node
  const out: Row = {}
  for (const [key, value] of Object.entries(node)) out[key] = mapRichText(value, mapId)
  if ((out.type === 'upload' || out.type === 'relationship') && typeof out.relationTo === 'string') out.value = mapRelation(out.relationTo, out.value, mapId)
  if (isRow(out.fields) && isRow(out.fields.doc) && typeof out.fields.doc.relationTo === 'string') {
    const doc = out.fields.doc
    out.fields = { ...out.fields, doc: mapRelation([doc.relationTo as string], doc, mapId) }
  }
  return out
}

export type BlockLookup = (slug: string) => FlattenedBlock | undefined

/** Every block a config declares, by slug, for fields that name shared blocks instead of embedding them. */
export const blockLookup =
  (config: SanitizedConfig): BlockLookup =>
  (slug) =>
    config.blocks?.find((block) => block.slug === slug)

const mapField = (field: FlattenedField, value: Json, mapId: MapId, blocks: BlockLookup): Json => {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return mapRelationField(field.relationTo, value, mapId)
    case 'richText':
      return mapRichText(value, mapId)
    case 'group':
    case 'tab':
      return isRow(value) ? mapFields(value, field.flattenedFields, mapId, blocks) : value
    case 'array':
      return Array.isArray(value) ? (value as unknown[]).map((row) => (isRow(row) ? mapFields(row, field.flattenedFields, mapId, blocks) : row)) : value
    case 'blocks':
      if (!Array.isArray(value)) return value
      return (value as unknown[]).map((row) => {
        if (!isRow(row)) return row
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType) ?? blocks(String(row.blockType))
        return block ? mapFields(row, block.flattenedFields, mapId, blocks) : row
      })
    default:
      return value
  }
}

/**
 * A copy of `data` with every reference to another document rewritten by `mapId`, found from the
 * fields the config declares: relationships and uploads (single, many, polymorphic), inside groups,
 * tabs, arrays and blocks, and links held in rich text. Join fields are dropped: the database
 * computes them from the other side, and they are never written.
 */
export const mapFields = (data: Row, fields: FlattenedField[], mapId: MapId, blocks: BlockLookup): Row => {
  const out: Row = { ...data }
  for (const field of fields) {
    if (field.type === 'join') {
      delete out[field.name]
      continue
    }
    if (field.name in out) out[field.name] = mapField(field, out[field.name], mapId, blocks)
  }
  return out
}
