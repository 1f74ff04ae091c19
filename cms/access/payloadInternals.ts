import type { Access, CollectionSlug, PayloadRequest, SanitizedConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { nobody } from './nobody'
import { type ID, actorOf, hasRole } from './roles'

type Lock = { document?: { relationTo: string; value: ID } | null; globalSlug?: string | null }

const LOCKS = 'payload-locked-documents'

/** Whether the signed-in user may save the document or global a lock is held on. */
const mayEditLocked = async (req: PayloadRequest, lock: Lock): Promise<boolean> => {
  if (lock.globalSlug) {
    const global = req.payload.config.globals.find((candidate) => candidate.slug === lock.globalSlug)
    return Boolean(global && (await global.access.update({ req })))
  }
  if (!lock.document) return false
  const slug = lock.document.relationTo as CollectionSlug
  const result = await req.payload.collections[slug].config.access.update({ req, id: lock.document.value as number })
  if (typeof result !== 'object') return Boolean(result)
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: [{ id: { equals: lock.document.value } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? ((value as { value?: unknown; id?: unknown }).value ?? (value as { id?: unknown }).id) : value

/**
 * The admin's "take over" is the one change anyone makes to a lock: naming themselves its
 * holder, on a document they may edit. Locks themselves are made and refreshed by the admin's
 * server code, which writes to the database directly.
 */
const takeOverOnly: Access = async ({ req, id, data }) => {
  const actor = actorOf(req)
  if (!actor) return false
  if (data === undefined) return true // The admin asking what to offer; a real change carries data.
  if (id === undefined) return false
  const { user, ...rest } = data as { user?: unknown }
  if (Object.keys(rest).length > 0 || String(idOf(user)) !== String(actor.id)) return false
  const lock = (await req.payload.findByID({ collection: LOCKS, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Lock | null
  return lock !== null && mayEditLocked(req, lock)
}

/** Giving a lock up: one's own, or any for an admin. */
const ownLocks: Access = ({ req }) => {
  const actor = actorOf(req)
  if (!actor) return false
  if (hasRole(actor, 'admin')) return true
  return { 'user.value': { equals: actor.id } }
}

/**
 * Payload adds its own collections and globals while it builds the config, open to anyone
 * signed in, and offers no option to change that: members could rewrite the scheduler's
 * bookkeeping or lock the admin out of a page in the admin's name. The built config gets our
 * rules here. (The jobs collection is closed by Payload itself; running jobs is `jobs.access`.)
 */
export const closePayloadInternals = (config: SanitizedConfig): SanitizedConfig => {
  const collection = (slug: string) => config.collections.find((candidate) => candidate.slug === slug)
  const locks = collection(LOCKS)
  if (locks)
    Object.assign(locks.access, { read: ({ req }: { req: PayloadRequest }) => actorOf(req) !== null, create: nobody, update: takeOverOnly, delete: ownLocks })
  const migrations = collection('payload-migrations')
  if (migrations) Object.assign(migrations.access, { read: isAdmin, create: nobody, update: nobody, delete: nobody })
  const jobStats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) Object.assign(jobStats.access, { read: isAdmin, readVersions: nobody, update: nobody })
  return config
}
