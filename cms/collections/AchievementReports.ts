import type { Access, CollectionConfig, RelationshipField, Validate } from 'payload'

import { membersNameAnOwner } from '../access/membersNameAnOwner'
import { ownedContentAccess, ownedContentOperations } from '../access/ownedContent'
import type { Ownership } from '../access/ownership'
import { actorOf, hasRole, idsOf } from '../access/roles'
import { membersFirstCommunity, noDefaultWhenClusterNamed, ownerAsStored } from '../fields/owner'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { numberAnd, relationshipAnd, wholeNumber } from '../lib/validators'

const ownership: Ownership = { communityField: 'community' }

type Owned = { id?: number | string; community?: unknown; cluster?: unknown; year?: number }

const ownerKey = (doc: Owned): string => {
  const [community] = idsOf(doc.community ? [doc.community as number] : [])
  const [cluster] = idsOf(doc.cluster ? [doc.cluster as number] : [])
  if (community !== undefined) return `community:${String(community)}`
  if (cluster !== undefined) return `cluster:${String(cluster)}`
  return 'district'
}

const oneOwnerAtMost: Validate = (value, { siblingData }) =>
  value && (siblingData as Owned).cluster ? 'Choose a community or a cluster for this report, not both.' : true

const owned = ownedContentAccess(ownership, { mayPublish: true, mayDelete: true })

/**
 * Naming neither a community nor a cluster means the whole district's report, which only
 * editors introduce. Without data (the admin deciding whether to offer the form), members may.
 */
const notTheDistrictForMembers =
  (rule: Access): Access =>
  (args) => {
    const data = args.data as Owned | undefined
    const district = data !== undefined && ('community' in data || 'cluster' in data || 'year' in data) && !data.community && !data.cluster
    if (district && !hasRole(actorOf(args.req), 'admin', 'editor')) return false
    return rule(args)
  }

/** One introduction per report: per owner and year. */
const oneIntroductionPerReport: Validate = async (value, { siblingData, req, id }) => {
  if (typeof value !== 'number') return true
  const { docs } = await req.payload.find({
    collection: 'achievement-reports',
    where: { year: { equals: value } },
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    select: { community: true, cluster: true },
    req,
  })
  const mine = ownerKey(siblingData as Owned)
  return docs.some((doc) => String(doc.id) !== String(id) && ownerKey(doc) === mine)
    ? `This report already has an introduction for ${value}: edit that one instead.`
    : true
}

const owner = (name: 'community' | 'cluster', description: string): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: name === 'community' ? 'communities' : 'clusters',
  index: true,
  ...(name === 'community'
    ? {
        validate: relationshipAnd(oneOwnerAtMost),
        defaultValue: membersFirstCommunity,
        hooks: { beforeValidate: [noDefaultWhenClusterNamed], afterRead: [ownerAsStored] },
      }
    : {}),
  admin: { description },
})

/**
 * The words that open an annual achievement report: what the year meant, in the partnership's
 * own voice. The figures come from the influence logs; this is the story around them.
 */
export const AchievementReports: CollectionConfig = {
  slug: 'achievement-reports',
  labels: { singular: 'Annual report introduction', plural: 'Annual report introductions' },
  admin: {
    useAsTitle: 'year',
    defaultColumns: ['year', 'community', 'cluster', '_status', 'updatedAt'],
    description: 'Introduce a year’s achievement report in your own words. The figures are worked out from your influence logs.',
    group: 'Partners and influence',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: '-year',
  access: { ...owned, create: notTheDistrictForMembers(owned.create as Access), update: notTheDistrictForMembers(owned.update as Access) },
  hooks: {
    beforeOperation: ownedContentOperations(ownership),
    beforeChange: [membersNameAnOwner(ownership)],
    afterChange: [queueSiteRebuildOnChange],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        owner('community', 'The community whose report this introduces.'),
        owner('cluster', 'Or the cluster. Leave both empty for the whole district (editors only).'),
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, validate: numberAnd(wholeNumber, oneIntroductionPerReport) },
      ],
    },
    {
      name: 'narrative',
      label: 'Introduction',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      admin: { rows: 8, description: 'A few paragraphs; leave a blank line between paragraphs. Shown above the figures.' },
    },
  ],
}
