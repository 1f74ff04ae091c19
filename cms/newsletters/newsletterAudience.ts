import type { Payload, Where } from 'payload'

import type { Newsletter } from '../payload-types'

const idOf = (value: number | string | { id: number | string }) => (typeof value === 'object' ? value.id : value)

/**
 * Which subscribers a newsletter goes to: confirmed ones only, ever. Following a cluster counts
 * for each of its communities, and following a community counts for the clusters it is in.
 */
export const newsletterAudience = async (payload: Payload, newsletter: Newsletter): Promise<Where> => {
  const confirmed: Where = { status: { equals: 'confirmed' } }
  const audience = newsletter.audience
  if (!audience || audience.kind === 'everyone') return confirmed
  if (audience.kind === 'communities') {
    const communities = (audience.communities ?? []).map(idOf)
    const clusters = await payload.find({ collection: 'clusters', depth: 0, pagination: false, limit: 0, select: {}, where: { members: { in: communities } } })
    const followers: Where[] = [{ communities: { in: communities } }]
    if (clusters.docs.length) followers.push({ clusters: { in: clusters.docs.map((cluster) => cluster.id) } })
    return { and: [confirmed, { or: followers }] }
  }
  if (!audience.cluster) return { and: [confirmed, { id: { exists: false } }] }
  const cluster = await payload.findByID({ collection: 'clusters', id: idOf(audience.cluster), depth: 0, select: { members: true } })
  const members = (cluster.members ?? []).map(idOf)
  const followers: Where[] = [{ clusters: { in: [cluster.id] } }]
  if (members.length) followers.push({ communities: { in: members } })
  return { and: [confirmed, { or: followers }] }
}
