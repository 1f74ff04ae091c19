import type { Field, RelationshipField, Validate } from 'payload'

import type { Ownership } from '../access/ownedContent'
import { relationshipAnd } from '../lib/validators'

const isSet = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== ''

/**
 * Who a plan, consultation or influence log belongs to: community (or communities) or a
 * cluster, exactly one of the two.
 */
export const ownerFields = ({ communityField }: Ownership, noun: string): Field[] => {
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
