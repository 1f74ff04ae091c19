import type { Payload } from 'payload'

/**
 * Everything a community's public page shows, read as the public (overrideAccess: false, so
 * drafts and personal fields cannot leak), shallow (depth 0) and with `select`, so the page
 * costs a handful of indexed queries however big the district is.
 */
export const loadCommunityPage = async (payload: Payload, slug: string) => {
  const asPublic = { overrideAccess: false, depth: 0 } as const
  const found = await payload.find({
    collection: 'communities',
    where: { slug: { equals: slug } },
    limit: 1,
    select: { name: true, slug: true, kind: true, summary: true, population: true, contact: true, boundary: true, heroImage: true },
    ...asPublic,
  })
  const community = found.docs[0]
  if (!community) return null

  const [clusters, plans, consultations, achievements] = await Promise.all([
    payload.find({
      collection: 'clusters',
      where: { members: { in: [community.id] } },
      select: { name: true, slug: true, approach: true },
      pagination: false,
      ...asPublic,
    }),
    payload.find({
      collection: 'plans',
      where: { community: { equals: community.id } },
      sort: '-period.startYear',
      select: { title: true, slug: true, period: true, supersededBy: true, priorities: true, actions: true },
      pagination: false,
      ...asPublic,
    }),
    payload.find({
      collection: 'consultations',
      where: { communities: { in: [community.id] } },
      sort: '-opensAt',
      select: { title: true, slug: true, summary: true, opensAt: true, closesAt: true, feedback: true, phase: true },
      pagination: false,
      ...asPublic,
    }),
    payload.find({
      collection: 'influence-logs',
      where: { and: [{ community: { equals: community.id } }, { celebrate: { equals: true } }] },
      sort: '-date',
      limit: 12,
      select: { title: true, date: true, partner: true, kind: true, outputs: true, outcomes: true, partnerConfirmation: true },
      ...asPublic,
    }),
  ])

  return {
    community,
    clusters: clusters.docs,
    currentPlan: plans.docs.find((plan) => !plan.supersededBy) ?? null,
    olderPlans: plans.docs.filter((plan) => plan.supersededBy),
    consultations: consultations.docs,
    achievements: achievements.docs,
  }
}
