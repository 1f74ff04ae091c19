import type { Access, PayloadRequest, Where } from 'payload'

import { ownerWhere } from './ownedContent'
import { type Actor, type ID, actorOf, hasRole } from './roles'

const CONSULTATIONS_OWNED = 'folkmootConsultationsOwned'

/**
 * The consultations a member's communities or clusters own, drafts included, looked up once per
 * request: responses carry no owner of their own, they belong to their consultation's owners.
 */
export const consultationsOwnedBy = async (req: PayloadRequest, actor: Actor): Promise<ID[]> => {
  // Requests made by hand (tests, scripts) may come without a context to cache in.
  const context = req.context as Record<string, unknown> | undefined
  const cached = context?.[CONSULTATIONS_OWNED]
  if (Array.isArray(cached)) return cached as ID[]
  const { docs } = await req.payload.find({
    collection: 'consultations',
    where: ownerWhere(actor, { communityField: 'communities' }),
    depth: 0,
    pagination: false,
    limit: 0,
    select: {},
    req,
  })
  const ids = docs.map((consultation) => consultation.id)
  if (context) context[CONSULTATIONS_OWNED] = ids
  return ids
}

/** Null for editors and admins (every consultation), the owned ids for a member, [] for anyone else. */
export const consultationsActedFor = async (req: PayloadRequest): Promise<ID[] | null> => {
  const actor = actorOf(req)
  if (hasRole(actor, 'admin', 'editor')) return null
  if (!actor || !hasRole(actor, 'member')) return []
  return consultationsOwnedBy(req, actor)
}

const idOf = (value: unknown): ID | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  return undefined
}

const consultationNamed = (data: unknown): ID | undefined =>
  data && typeof data === 'object' ? idOf((data as { consultation?: unknown }).consultation) : undefined

/** Read and moderate: staff every response; a member those to their communities' consultations. */
export const responsesOfOwnConsultations: Access = async ({ req, data }) => {
  const owned = await consultationsActedFor(req)
  if (owned === null) return true
  // A member whose communities have asked nothing yet sees an empty list, not a refusal (which
  // would hide Responses from their admin and fail their dashboard). Every response has a consultation.
  if (owned.length === 0) return hasRole(actorOf(req), 'member') ? { consultation: { exists: false } } : false
  const named = consultationNamed(data)
  if (named !== undefined && !owned.some((id) => String(id) === String(named))) return false
  const where: Where = { consultation: { in: owned } }
  return where
}

/**
 * Enter a paper or event response: staff for any consultation, a member for their communities'
 * own. With no consultation named yet (the admin deciding whether to offer the form) any member
 * may start one; saving it for another community's consultation is refused.
 */
export const enterResponseForOwnConsultation: Access = async ({ req, data }) => {
  const actor = actorOf(req)
  if (hasRole(actor, 'admin', 'editor')) return true
  if (!actor || !hasRole(actor, 'member')) return false
  const named = consultationNamed(data)
  if (named === undefined) return true
  return (await consultationsOwnedBy(req, actor)).some((id) => String(id) === String(named))
}
