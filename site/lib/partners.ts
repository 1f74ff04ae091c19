import { toPence } from '../../cms/shared/money'
import { addToGroup, groupBy, oncePer } from '../../cms/shared/grouping'
import { byId, sameId } from './ids'
import type { SiteSnapshot } from './snapshot'

export type Partner = SiteSnapshot['partners'][number]
export type Strategy = SiteSnapshot['strategies'][number]
type Plan = SiteSnapshot['plans'][number]
type Action = NonNullable<Plan['actions']>[number]
type InfluenceLog = SiteSnapshot['influenceLogs'][number]

/** An action with the plan it is in and whose plan that is, as a partner or strategy page lists it. */
export type PlacedAction = { action: Action; plan: Plan; owner: { name: string; slug: string; type: 'community' | 'cluster' } }

const byName = <T extends { name: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))

export const partnersAZ = (snapshot: SiteSnapshot): Partner[] => byName(snapshot.partners)

export const strategiesOf = (snapshot: SiteSnapshot, partner: Partner): Strategy[] =>
  byName(snapshot.strategies.filter((strategy) => sameId(strategy.partner, partner.id)))

/** The community or cluster whose plan it is. */
export const ownerOfPlan = (snapshot: SiteSnapshot, plan: Plan): PlacedAction['owner'] => {
  const community = byId(snapshot.communities, plan.community)
  if (community) return { name: community.name, slug: community.slug ?? '', type: 'community' }
  const cluster = byId(snapshot.clusters, plan.cluster)
  return { name: cluster?.name ?? '', slug: cluster?.slug ?? '', type: 'cluster' }
}

/** Every action in a published plan, with its plan and owner; replaced plans come after current ones. Worked out once per snapshot: many pages list them. */
export const placedActions = oncePer((snapshot: SiteSnapshot): readonly PlacedAction[] =>
  [...snapshot.plans]
    .sort((a, b) => Number(Boolean(a.supersededBy)) - Number(Boolean(b.supersededBy)))
    .flatMap((plan) => {
      const owner = ownerOfPlan(snapshot, plan)
      return (plan.actions ?? []).map((action) => ({ action, plan, owner }))
    }),
)

/** The actions of current cluster plans, under each community they name (its id as text). */
const clusterActionsByCommunity = oncePer((snapshot: SiteSnapshot): Map<string, PlacedAction[]> => {
  const byCommunity = new Map<string, PlacedAction[]>()
  for (const placedAction of placedActions(snapshot)) {
    if (!placedAction.plan.cluster || placedAction.plan.supersededBy) continue
    for (const id of new Set((placedAction.action.communities ?? []).map(String))) addToGroup(byCommunity, id, placedAction)
  }
  return byCommunity
})

/** The actions of current cluster plans that name a community, by the community's id (as text). */
export const clusterActionsFor = (snapshot: SiteSnapshot, communityId: unknown): PlacedAction[] =>
  clusterActionsByCommunity(snapshot).get(String(communityId)) ?? []

/** The actions that name a partner, grouped by the community or cluster whose plan they are in, A to Z. */
export const actionsNaming = (snapshot: SiteSnapshot, partner: Partner): Array<{ owner: PlacedAction['owner']; actions: PlacedAction[] }> => {
  const naming = placedActions(snapshot).filter(({ action }) => (action.partners ?? []).some((id) => sameId(id, partner.id)))
  return [...groupBy(naming, ({ owner }) => `${owner.type}:${owner.slug}`).values()]
    .map((actions) => ({ owner: actions[0]!.owner, actions }))
    .sort((a, b) => a.owner.name.localeCompare(b.owner.name, 'en-GB'))
}

export const actionsSupporting = (snapshot: SiteSnapshot, strategy: Strategy): PlacedAction[] =>
  placedActions(snapshot)
    .filter(({ action }) => sameId(action.strategy, strategy.id))
    .sort((a, b) => a.owner.name.localeCompare(b.owner.name, 'en-GB'))

export const influenceOn = (snapshot: SiteSnapshot, partner: Partner): InfluenceLog[] =>
  snapshot.influenceLogs.filter((log) => sameId(log.partner, partner.id)).sort((a, b) => b.date.localeCompare(a.date))

const statusOf = (log: InfluenceLog) => log.partnerConfirmation?.status ?? 'unconfirmed'

/**
 * How far a partner backs what communities say of it: of the entries naming it, how many it
 * confirmed and disputed. The share is of all entries, so silence counts against it.
 */
export const confirmationOf = (logs: readonly InfluenceLog[]): { total: number; confirmed: number; disputed: number; share: number | null } => {
  const confirmed = logs.filter((log) => statusOf(log) === 'confirmed').length
  const disputed = logs.filter((log) => statusOf(log) === 'disputed').length
  return { total: logs.length, confirmed, disputed, share: logs.length === 0 ? null : confirmed / logs.length }
}

/** Money influenced by year in whole pence, oldest year first; disputed entries are not counted, as in the annual reports. */
export const moneyByYear = (logs: readonly InfluenceLog[]): Array<{ year: number; pence: number; entries: number }> => {
  const years = new Map<number, { pence: number; entries: number }>()
  for (const log of logs) {
    const pence = toPence(log.moneyInfluenced)
    if (pence === 0 || statusOf(log) === 'disputed') continue
    const year = new Date(log.date).getUTCFullYear()
    const sum = years.get(year) ?? { pence: 0, entries: 0 }
    years.set(year, { pence: sum.pence + pence, entries: sum.entries + 1 })
  }
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, sum]) => ({ year, ...sum }))
}
