import type { DefaultValue, Field, FieldHook, RelationshipField, Validate } from 'payload'

import type { Ownership } from '../access/ownership'
import { type Actor, hasRole, idsOf } from '../access/roles'
import { relationshipAnd } from '../lib/validators'

const isSet = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '')

/** A member's first community, so that a volunteer's new entry starts with its owner filled in. */
export const membersFirstCommunity: DefaultValue = ({ user }) => {
  const actor = user?.collection === 'users' ? (user as unknown as Actor) : null
  return actor && hasRole(actor, 'member') ? idsOf(actor.communities)[0] : undefined
}

/** The default community gives way when the entry names a cluster instead (an API call or import). */
export const noDefaultWhenClusterNamed: FieldHook = ({ value, siblingData, operation }) => {
  const named = (siblingData as Record<string, unknown>).community
  return operation === 'create' && named === undefined && isSet(siblingData?.cluster) && isSet(value) ? null : undefined
}

/**
 * A stored document's owner reads back as stored. On MongoDB an unset field is missing, and
 * Payload fills a missing field's default on read: a cluster's log would show the reading
 * member's community too, and a copy of it would carry both.
 */
export const ownerAsStored: FieldHook = ({ value }): unknown => value ?? null

/**
 * Who a plan, consultation or influence log belongs to: community (or communities) or a
 * cluster, exactly one of the two.
 */
export const ownerFields = ({ communityField }: Ownership, noun: string, options: { defaultToMembersCommunity?: boolean } = {}): Field[] => {
  const many = communityField === 'communities'

  const exactlyOneOwner: Validate = (value, { siblingData }) => {
    const cluster = (siblingData as Record<string, unknown> | undefined)?.cluster
    if (isSet(value) && isSet(cluster)) return `Choose ${many ? 'communities' : 'a community'} or a cluster for this ${noun}, not both.`
    if (!isSet(value) && !isSet(cluster)) return `Choose the ${many ? 'communities' : 'community'} or the cluster this ${noun} belongs to.`
    return true
  }

  const community = {
    name: communityField,
    label: many ? 'Communities' : 'Community',
    type: 'relationship',
    relationTo: 'communities',
    hasMany: many,
    index: true,
    validate: relationshipAnd(exactlyOneOwner),
    ...(options.defaultToMembersCommunity && !many
      ? { defaultValue: membersFirstCommunity, hooks: { beforeValidate: [noDefaultWhenClusterNamed], afterRead: [ownerAsStored] } }
      : {}),
    admin: { description: `Leave empty when the ${noun} belongs to a cluster.` },
  } as RelationshipField

  const cluster: RelationshipField = {
    name: 'cluster',
    type: 'relationship',
    relationTo: 'clusters',
    index: true,
    admin: { description: `Only when the ${noun} belongs to a whole cluster of communities.` },
  }

  return [{ type: 'row', fields: [community, cluster] }]
}
