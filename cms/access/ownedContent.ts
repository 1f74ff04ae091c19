import type { Access, CollectionBeforeOperationHook, CollectionConfig, Where } from 'payload'

import { isEditor } from './isEditor'
import { judgeCopiesAsStored } from './judgeCopiesAsStored'
import type { Ownership } from './ownership'
import { restoreNeedsVersionAccess } from './restoreNeedsVersionAccess'
import { type Actor, type ID, actorOf, hasRole, idsOf } from './roles'

type Related = ID | { id: ID } | null | undefined

const asIds = (value: Related | ReadonlyArray<ID | { id: ID }>): ID[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return idsOf(value)
  return idsOf([value as ID | { id: ID }])
}

const sameId = (a: ID, b: ID): boolean => String(a) === String(b)

export const ownerWhere = (actor: Actor, { communityField }: Ownership): Where => ({
  or: [{ [communityField]: { in: idsOf(actor.communities) } }, { cluster: { in: idsOf(actor.clusters) } }],
})

/** True when every owner named in the incoming data is one the member acts for. */
export const ownersWithinScope = (actor: Actor, data: Record<string, unknown> | undefined, { communityField }: Ownership): boolean => {
  if (!data) return true
  const mine = { communities: idsOf(actor.communities), clusters: idsOf(actor.clusters) }
  const within = (ids: ID[], allowed: ID[]) => ids.every((id) => allowed.some((own) => sameId(own, id)))
  return within(asIds(data[communityField] as Related), mine.communities) && within(asIds(data.cluster as Related), mine.clusters)
}

const publishing = (data: Record<string, unknown> | undefined): boolean => data?._status === 'published'

/** Payload types an access function's `data` as `any`; here it is the submitted document, if any. */
const submitted = (data: unknown): Record<string, unknown> | undefined => (data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined)

const published: Where = { _status: { equals: 'published' } }

/** The public sees published documents; members also see their own drafts; editors see all. */
export const readPublishedOrOwn =
  (ownership: Ownership): Access =>
  ({ req }) => {
    const actor = actorOf(req)
    if (hasRole(actor, 'admin', 'editor')) return true
    if (actor && hasRole(actor, 'member')) return { or: [published, ownerWhere(actor, ownership)] }
    return published
  }

type WriteRules = Ownership & { membersMayPublish: boolean }

export const createOwn =
  (rules: WriteRules): Access =>
  ({ req, data: raw }) => {
    const data = submitted(raw)
    const actor = actorOf(req)
    if (hasRole(actor, 'admin', 'editor')) return true
    if (!actor || !hasRole(actor, 'member')) return false
    if (!rules.membersMayPublish && publishing(data)) return false
    // Owners not named: the admin asks this (with no data, or only a status) to decide whether to
    // offer the form. A copy always names its source's owners (judgeCopiesAsStored), and naming
    // another community fails here.
    return ownersWithinScope(actor, data, rules)
  }

export const updateOwn =
  (rules: WriteRules): Access =>
  ({ req, data: raw }) => {
    const data = submitted(raw)
    const actor = actorOf(req)
    if (hasRole(actor, 'admin', 'editor')) return true
    if (!actor || !hasRole(actor, 'member')) return false
    if (!rules.membersMayPublish && publishing(data)) return false
    if (!ownersWithinScope(actor, data, rules)) return false
    return ownerWhere(actor, rules)
  }

export const deleteOwn =
  (ownership: Ownership): Access =>
  ({ req }) => {
    const actor = actorOf(req)
    if (hasRole(actor, 'admin', 'editor')) return true
    if (!actor || !hasRole(actor, 'member')) return false
    return ownerWhere(actor, ownership)
  }

/**
 * The whole access block for owned content. Members always draft for their own communities;
 * whether they may also publish and delete (influence logs) or leave that to editors (plans,
 * consultations) is the collection's choice.
 */
export const ownedContentAccess = (ownership: Ownership, members: { mayPublish: boolean; mayDelete: boolean }): NonNullable<CollectionConfig['access']> => ({
  read: readPublishedOrOwn(ownership),
  readVersions: isEditor,
  create: createOwn({ ...ownership, membersMayPublish: members.mayPublish }),
  update: updateOwn({ ...ownership, membersMayPublish: members.mayPublish }),
  delete: members.mayDelete ? deleteOwn(ownership) : isEditor,
})

/** Payload's own endpoints on owned content (duplicate, restore a version) held to the same rules. */
export const ownedContentOperations = (ownership: Ownership): CollectionBeforeOperationHook[] => [judgeCopiesAsStored(ownership), restoreNeedsVersionAccess]
