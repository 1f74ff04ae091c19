import { addToGroup, oncePer } from '../shared/grouping'
import { clusterMembersIn, yearOf } from './reportIndex'
import type { ID, Ref, ReportScope } from './types'

/**
 * The practical work of a year beside the influence: how plan actions moved (from their dated
 * updates) and how many people took part in consultations (from their published results).
 */
type Status = 'not-started' | 'in-progress' | 'done' | 'stalled'

export type PracticalSource = {
  plans: ReadonlyArray<{
    id: ID
    title: string
    community?: Ref
    cluster?: Ref
    actions?: ReadonlyArray<{
      id?: string | null
      title: string
      communities?: ReadonlyArray<Ref> | null
      updates?: ReadonlyArray<{ date: string; status: Status }> | null
    }> | null
  }>
  consultations: ReadonlyArray<{
    id: ID
    title: string
    closesAt: string
    communities?: ReadonlyArray<Ref> | null
    cluster?: Ref
    results?: { responses: number; byChannel: { online: number; paper: number; event: number } } | null
  }>
  clusters: ReadonlyArray<{
    id: ID
    name: string
    members: ReadonlyArray<Ref>
    membership?: ReadonlyArray<{ community: Ref; joined?: string | null; left?: string | null }> | null
  }>
}

export type PlanProgress = {
  /** Actions that reached "done" in the year. */
  completed: number
  /** Actions whose first step beyond "not started" was taken in the year. */
  started: number
  /** Actions recorded as stalled in the year and not moved on since within it. */
  stalled: number
}

export type Engagement = {
  /** Consultations that closed in the year. */
  consultations: number
  responses: number
  byChannel: { online: number; paper: number; event: number }
}

const text = (ref: Ref): string | null => (ref === null || ref === undefined ? null : String(typeof ref === 'object' ? ref.id : ref))

/** The cluster's members in that year, so a past year's report keeps that year's members. */
const membersOf = (source: PracticalSource, clusterId: ID, year: number): Set<string> => {
  const cluster = source.clusters.find((candidate) => String(candidate.id) === String(clusterId))
  return cluster ? clusterMembersIn(cluster, year) : new Set()
}

type Action = NonNullable<PracticalSource['plans'][number]['actions']>[number]

/**
 * Each community's actions, in plan order: its own plans' and the cluster-plan actions naming
 * it. Gathered once per source: a district has a report per community and year.
 */
const communityActions = oncePer((source: PracticalSource): Map<string, Action[]> => {
  const actions = new Map<string, Action[]>()
  for (const plan of source.plans) {
    for (const action of plan.actions ?? []) {
      const owners = new Set<string>()
      const own = text(plan.community)
      if (own !== null) owners.add(own)
      if (text(plan.cluster) !== null) for (const community of action.communities ?? []) owners.add(text(community) ?? '')
      owners.delete('')
      for (const owner of owners) addToGroup(actions, owner, action)
    }
  }
  return actions
})

/**
 * The actions a scope answers for: a community's own plans and the cluster-plan actions naming
 * it; a cluster's plans and its members' plans; the district's every action.
 */
const actionsIn = (source: PracticalSource, scope: ReportScope, year: number) => {
  if (scope.type === 'community') return communityActions(source).get(String(scope.id)) ?? []
  const members = scope.type === 'cluster' ? membersOf(source, scope.id, year) : new Set<string>()
  return source.plans.flatMap((plan) =>
    scope.type === 'district' || text(plan.cluster) === String(scope.id) || members.has(text(plan.community) ?? '') ? (plan.actions ?? []) : [],
  )
}

export const planProgressIn = (source: PracticalSource, scope: ReportScope, year: number): PlanProgress => {
  const totals: PlanProgress = { completed: 0, started: 0, stalled: 0 }
  for (const action of actionsIn(source, scope, year)) {
    const updates = [...(action.updates ?? [])].sort((a, b) => a.date.localeCompare(b.date))
    const inYear = updates.filter((update) => yearOf(update.date) === year)
    if (inYear.length === 0) continue
    if (inYear.some((update) => update.status === 'done')) totals.completed += 1
    const firstMove = updates.find((update) => update.status !== 'not-started')
    if (firstMove && yearOf(firstMove.date) === year) totals.started += 1
    if (inYear.at(-1)?.status === 'stalled') totals.stalled += 1
  }
  return totals
}

export const engagementIn = (source: PracticalSource, scope: ReportScope, year: number): Engagement => {
  const members = scope.type === 'cluster' ? membersOf(source, scope.id, year) : new Set<string>()
  const inScope = source.consultations.filter((consultation) => {
    if (yearOf(consultation.closesAt) !== year) return false
    if (scope.type === 'district') return true
    const communities = (consultation.communities ?? []).map(text)
    if (scope.type === 'community') return communities.includes(String(scope.id))
    return text(consultation.cluster) === String(scope.id) || communities.some((id) => id !== null && members.has(id))
  })
  const byChannel = { online: 0, paper: 0, event: 0 }
  let responses = 0
  for (const { results } of inScope) {
    if (!results) continue
    responses += results.responses
    byChannel.online += results.byChannel.online
    byChannel.paper += results.byChannel.paper
    byChannel.event += results.byChannel.event
  }
  return { consultations: inScope.length, responses, byChannel }
}
