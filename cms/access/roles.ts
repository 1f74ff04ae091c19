import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'member'] as const
export type Role = (typeof ROLES)[number]

export type ID = number | string

/** The signed-in user as the access predicates see it: only the fields they rely on. */
export type Actor = {
  id: ID
  role?: Role | null
  communities?: ReadonlyArray<ID | { id: ID }> | null
  clusters?: ReadonlyArray<ID | { id: ID }> | null
}

export const actorOf = (req: PayloadRequest): Actor | null => (req.user && req.user.collection === 'users' ? req.user : null)

export const hasRole = (actor: Actor | null, ...roles: Role[]): boolean => Boolean(actor?.role && roles.includes(actor.role))

/** Relationship values arrive as ids or as populated documents depending on depth. */
export const idsOf = (values: ReadonlyArray<ID | { id: ID }> | null | undefined): ID[] =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))
