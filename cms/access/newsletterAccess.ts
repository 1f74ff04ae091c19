import type { Access, FieldAccess, Where } from 'payload'

import { settings } from '../settings'
import { type Actor, type ID, actorOf, hasRole, idsOf } from './roles'

/** Statuses a newsletter may be saved in by a member: a draft, or one waiting for an editor to send it. */
const MEMBER_STATUSES = ['draft', 'approval']
/** With MEMBERS_MAY_SEND_NEWSLETTERS=true, members also schedule their own. */
const SENDING_MEMBER_STATUSES = [...MEMBER_STATUSES, 'scheduled']

export const membersMaySend = (): boolean => settings().MEMBERS_MAY_SEND_NEWSLETTERS === 'true'

const statusesFor = (): string[] => (membersMaySend() ? SENDING_MEMBER_STATUSES : MEMBER_STATUSES)

const idOf = (value: unknown): ID | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  return undefined
}
const within = (id: ID | undefined, allowed: ID[]): boolean => id !== undefined && allowed.some((own) => String(own) === String(id))

type Submitted = { status?: unknown; audience?: { kind?: unknown; communities?: unknown; cluster?: unknown } | null }

/** True when the newsletter, as submitted, goes only to followers of the member's own communities or clusters. */
export const audienceWithinScope = (actor: Actor, data: Submitted | undefined): boolean => {
  const audience = data?.audience
  if (!audience) return true
  const communities = idsOf(actor.communities)
  const clusters = idsOf(actor.clusters)
  if (audience.kind === 'communities') {
    const chosen = Array.isArray(audience.communities) ? audience.communities : []
    return chosen.every((community) => within(idOf(community), communities))
  }
  if (audience.kind === 'cluster') return audience.cluster === null || audience.cluster === undefined || within(idOf(audience.cluster), clusters)
  return audience.kind === undefined
}

const statusAllowed = (data: Submitted | undefined): boolean =>
  data?.status === undefined || (typeof data.status === 'string' && statusesFor().includes(data.status))

/** Newsletters to the followers of a member's communities or clusters. */
export const newslettersOfMember = (actor: Actor): Where => ({
  or: [{ 'audience.communities': { in: idsOf(actor.communities) } }, { 'audience.cluster': { in: idsOf(actor.clusters) } }],
})

const submitted = (data: unknown): Submitted | undefined => (data && typeof data === 'object' ? data : undefined)

export const readNewsletters: Access = ({ req }) => {
  const actor = actorOf(req)
  if (hasRole(actor, 'admin', 'editor')) return true
  if (actor && hasRole(actor, 'member')) return newslettersOfMember(actor)
  return false
}

/** Members draft newsletters to their own followers and ask an editor to send them. */
export const createNewsletter: Access = ({ req, data }) => {
  const actor = actorOf(req)
  if (hasRole(actor, 'admin', 'editor')) return true
  if (!actor || !hasRole(actor, 'member')) return false
  return audienceWithinScope(actor, submitted(data)) && statusAllowed(submitted(data))
}

/** A member changes only their communities' newsletters that have not gone out. */
export const updateNewsletter: Access = ({ req, data }) => {
  const actor = actorOf(req)
  if (hasRole(actor, 'admin', 'editor')) return true
  if (!actor || !hasRole(actor, 'member')) return false
  if (!audienceWithinScope(actor, submitted(data)) || !statusAllowed(submitted(data))) return false
  return { and: [newslettersOfMember(actor), { status: { in: statusesFor() } }] }
}

export const deleteNewsletter: Access = ({ req }) => {
  const actor = actorOf(req)
  if (hasRole(actor, 'admin', 'editor')) return true
  if (!actor || !hasRole(actor, 'member')) return false
  return { and: [newslettersOfMember(actor), { status: { in: MEMBER_STATUSES } }] }
}

/** Once sending has begun, the status belongs to the sender: nobody sets it by hand. */
export const statusUntilSent: FieldAccess = ({ doc }) => {
  const status = (doc as { status?: string } | undefined)?.status
  return status !== 'sending' && status !== 'sent'
}
