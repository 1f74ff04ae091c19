import type { CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '../lib/refusal'
import type { Ownership } from './ownership'
import { actorOf, hasRole } from './roles'

const named = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '')

/**
 * Create access lets a member through when the data names no owner, because the admin asks
 * that question before the form has any data. A real create must still say whose it is once
 * defaults are filled in (drafts skip validation), or a member could store content that
 * belongs to nobody.
 */
export const membersNameAnOwner =
  ({ communityField }: Ownership): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const actor = actorOf(req)
    if (!actor || !hasRole(actor, 'member')) return data
    const fields = data as Record<string, unknown>
    if (named(fields[communityField]) || named(fields.cluster)) return data
    throw new Refusal('Say which of your communities or clusters this is for: partnership members create content only for those.', 403)
  }
