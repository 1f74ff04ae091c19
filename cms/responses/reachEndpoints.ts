import { type Endpoint, Forbidden, type PayloadRequest, type Where } from 'payload'

import { problemResponse, jsonResponse } from '../endpoints/support/responses'
import { EQUALITY_CHOICES } from './equality'
import { reachReport } from './reach'

type Id = number | string
const idOf = (value: unknown): Id | null =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : null

/** The communities whose residents a consultation or plan speaks for: its own, or its cluster's members. */
const communitiesOf = async (req: PayloadRequest, owner: { community?: unknown; communities?: unknown; cluster?: unknown }): Promise<Id[]> => {
  const clusterId = idOf(owner.cluster)
  if (clusterId !== null) {
    const cluster = await req.payload.findByID({ collection: 'clusters', id: clusterId, depth: 0, select: { members: true }, disableErrors: true })
    return (cluster?.members ?? []).map(idOf).filter((id): id is Id => id !== null)
  }
  const many = Array.isArray(owner.communities) ? owner.communities : [owner.community]
  return many.map(idOf).filter((id): id is Id => id !== null)
}

/**
 * The report for some consultations: their equality answers read as the signed-in person (admins
 * only, by the collection's own rule), against the residents of the communities they speak for.
 */
const reachFor = async (req: PayloadRequest, consultations: Id[], communities: Id[]): Promise<Response> => {
  let answers
  try {
    answers = await req.payload.find({
      collection: 'equality-answers',
      where: { consultation: { in: consultations } },
      overrideAccess: false,
      user: req.user,
      depth: 0,
      pagination: false,
      limit: 0,
      // Only the monitored answers: nothing that could tell one record from another.
      select: Object.fromEntries(EQUALITY_CHOICES.map((name) => [name, true])),
    })
  } catch (error) {
    if (error instanceof Forbidden) return problemResponse(403, 'Only admins can see who answered.')
    throw error
  }
  const { docs } = await req.payload.find({
    collection: 'communities',
    where: { id: { in: communities } },
    depth: 0,
    pagination: false,
    limit: 0,
    select: { name: true, profile: true },
  })
  const population = docs.flatMap((community) => (community.profile?.groups ?? []).map((row) => ({ group: row.group, people: row.people })))
  const sources = docs
    .filter((community) => community.profile?.source)
    .map((community) => `${community.name}: ${community.profile!.source}${community.profile!.year ? `, ${community.profile!.year}` : ''}`)
  return jsonResponse(200, { consultations: consultations.length, sources, ...reachReport(answers.docs, population) })
}

const signedIn = (handler: (req: PayloadRequest, id: string) => Promise<Response>) => async (req: PayloadRequest) => {
  if (!req.user) return problemResponse(401, 'Sign in to the admin to see who answered.')
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(id)) return problemResponse(404, 'There is no such document.')
  return handler(req, id)
}

/** GET /api/consultations/:id/reach: who answered one consultation, against who lives where it asked. */
export const consultationReachEndpoint: Endpoint = {
  path: '/:id/reach',
  method: 'get',
  handler: signedIn(async (req, id) => {
    const consultation = await req.payload
      .findByID({
        collection: 'consultations',
        id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        select: { communities: true, cluster: true },
        disableErrors: true,
      })
      .catch(() => null)
    if (!consultation) return problemResponse(404, 'There is no such consultation.')
    return reachFor(req, [consultation.id], await communitiesOf(req, consultation))
  }),
}

/** GET /api/plans/:id/reach: the same across every consultation its owner ran in the plan's years. */
export const planReachEndpoint: Endpoint = {
  path: '/:id/reach',
  method: 'get',
  handler: signedIn(async (req, id) => {
    const plan = await req.payload
      .findByID({
        collection: 'plans',
        id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        select: { community: true, cluster: true, period: true },
        disableErrors: true,
      })
      .catch(() => null)
    if (!plan) return problemResponse(404, 'There is no such plan.')
    const owner: Where = idOf(plan.cluster) !== null ? { cluster: { equals: idOf(plan.cluster) } } : { communities: { contains: idOf(plan.community) } }
    const { docs } = await req.payload.find({
      collection: 'consultations',
      where: {
        and: [
          owner,
          { opensAt: { greater_than_equal: new Date(Date.UTC(plan.period.startYear, 0, 1)).toISOString() } },
          { opensAt: { less_than: new Date(Date.UTC(plan.period.endYear + 1, 0, 1)).toISOString() } },
        ],
      },
      depth: 0,
      pagination: false,
      limit: 0,
      select: { opensAt: true },
    })
    return reachFor(
      req,
      docs.map((doc) => doc.id),
      await communitiesOf(req, plan),
    )
  }),
}
