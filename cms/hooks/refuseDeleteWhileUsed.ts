import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

import { Refusal } from '../lib/refusal'

export type Reference = {
  collection: CollectionSlug
  /** The relationship field that links here, as a dotted path ('feedback.followUps'). */
  field: string
  noun: [singular: string, plural: string]
  /** For a field that links to several collections: the one the deleted document is in. */
  relationTo?: CollectionSlug
  /** Only documents that match this still use it (say, newsletters not yet sent). */
  only?: Where
}

const NAMES_SHOWN = 3

type Id = number | string

const idOf = (link: unknown): Id | undefined => (typeof link === 'object' && link !== null ? (link as { id?: Id }).id : (link as Id | undefined))

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], doc)

/** Whether the document's field really links to this one: a polymorphic query on `value` alone also matches other collections' ids. */
const linksTo = (doc: Record<string, unknown>, { field, relationTo }: Reference, id: Id): boolean => {
  const value = valueAt(doc, field)
  return (Array.isArray(value) ? value : [value]).some((link) => {
    if (!relationTo) return String(idOf(link)) === String(id)
    const { relationTo: collection, value: target } = (link ?? {}) as { relationTo?: string; value?: unknown }
    return collection === relationTo && String(idOf(target)) === String(id)
  })
}

const selectOf = (paths: string[]): SelectType => {
  const select: SelectType = {}
  for (const path of paths) {
    const keys = path.split('.')
    let node = select
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as SelectType
    node[keys.at(-1)!] = true
  }
  return select
}

/**
 * The documents that link here: the published ones and, where the collection has drafts, the
 * latest drafts, since a draft keeps its own links until it is published.
 */
const usersOf = async (reference: Reference, id: Id, req: PayloadRequest) => {
  const { collection, field, relationTo, only } = reference
  const config = req.payload.collections[collection].config
  const title = config.admin.useAsTitle === 'id' ? undefined : config.admin.useAsTitle
  const where: Where = { and: [{ [relationTo ? `${field}.value` : field]: { equals: id } }, ...(only ? [only] : [])] }
  const select = selectOf([field, ...(title ? [title] : [])])
  const drafts = config.versions && typeof config.versions === 'object' && config.versions.drafts ? [false, true] : [false]
  const found = await Promise.all(drafts.map((draft) => req.payload.find({ collection, where, select, draft, depth: 0, limit: 0, pagination: false, req })))
  const users = new Map<string, string | undefined>()
  for (const doc of found.flatMap(({ docs }) => docs as unknown as Array<Record<string, unknown> & { id: Id }>)) {
    if (linksTo(doc, reference, id)) users.set(String(doc.id), title ? String(doc[title]) : undefined)
  }
  return [...users.values()]
}

const listed = (parts: string[]): string => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`)

const described = ({ noun }: Reference, titles: Array<string | undefined>): string => {
  const count = `${titles.length} ${titles.length === 1 ? noun[0] : noun[1]}`
  const named = titles.filter((title): title is string => title !== undefined).slice(0, NAMES_SHOWN)
  if (named.length === 0) return count
  const more = titles.length - named.length
  return `${count} (${listed([...named.map((title) => `“${title}”`), ...(more > 0 ? [`${more} more`] : [])])})`
}

/**
 * Refuses with a 409 and a sentence to delete a document that others still link to (a partner
 * with strategies, a plan under a consultation's "What followed", a community that owns plans),
 * instead of a database error on SQLite, dangling links on MongoDB, or content left without an
 * owner. Links the database may drop with the document (old versions, sent newsletters) are
 * simply not listed as references.
 */
export const refuseDeleteWhileUsed =
  (what: string, references: Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const uses = await Promise.all(references.map(async (reference) => ({ reference, titles: await usersOf(reference, id, req) })))
    const used = uses.filter(({ titles }) => titles.length > 0).map(({ reference, titles }) => described(reference, titles))
    if (used.length > 0) throw new Refusal(`This ${what} is still used by ${listed(used)}. Change or delete those first.`, 409)
  }
