import { addToGroup, oncePer } from '../../cms/shared/grouping'
import { sameId } from './ids'
import type { SiteSnapshot } from './snapshot'

type Plan = SiteSnapshot['plans'][number]
type Action = NonNullable<Plan['actions']>[number]
export type ActionUpdate = NonNullable<Action['updates']>[number]
type InfluenceLog = SiteSnapshot['influenceLogs'][number]

const newestFirst = (a: string, b: string) => b.localeCompare(a)

/** An action's dated updates, newest first: the timeline its plan shows. */
export const timelineOf = (action: Action): ActionUpdate[] => [...(action.updates ?? [])].sort((a, b) => newestFirst(a.date, b.date))

/** When an action last changed: its newest update, or failing that when its plan was last saved. */
export const actionLastUpdated = (plan: Plan, action: Action): string => timelineOf(action)[0]?.date ?? plan.updatedAt

/** When a plan last changed: its last save or its newest action update, whichever is later. */
export const planLastUpdated = (plan: Plan): string =>
  [plan.updatedAt, ...(plan.actions ?? []).flatMap((action) => (action.updates ?? []).map((update) => update.date))].sort(newestFirst)[0]!

/** The entries naming each plan among those they advanced, by the plan's id as text; gathered once per build. */
const logsByAdvancedPlan = oncePer((snapshot: SiteSnapshot): Map<string, InfluenceLog[]> => {
  const byPlan = new Map<string, InfluenceLog[]>()
  for (const log of snapshot.influenceLogs) {
    for (const plan of new Set((log.advancedActions ?? []).map((link) => link.plan).filter((id) => typeof id === 'string' || typeof id === 'number'))) {
      addToGroup(byPlan, String(plan), log)
    }
  }
  return byPlan
})

/** The published influence entries that name this action as one they advanced, newest first. */
export const influenceAdvancing = (snapshot: SiteSnapshot, plan: Plan, action: Action): InfluenceLog[] =>
  (logsByAdvancedPlan(snapshot).get(String(plan.id)) ?? [])
    .filter((log) => (log.advancedActions ?? []).some((link) => sameId(link.plan, plan.id) && link.action === action.id))
    .sort((a, b) => newestFirst(a.date, b.date))
