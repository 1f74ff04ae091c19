import { themeLabel } from '../../cms/shared/options'
import type { Cluster, Community } from './communities'
import { sameId } from './ids'
import type { SiteSnapshot } from './snapshot'

export type Plan = SiteSnapshot['plans'][number]
export type Action = NonNullable<Plan['actions']>[number]

export const plansOf = (snapshot: SiteSnapshot, owner: { community: Community } | { cluster: Cluster }): Plan[] =>
  snapshot.plans
    .filter((plan) => ('community' in owner ? sameId(plan.community, owner.community.id) : sameId(plan.cluster, owner.cluster.id)))
    .sort((a, b) => b.period.startYear - a.period.startYear)

export const currentPlan = (plans: readonly Plan[]): Plan | undefined => plans.find((plan) => !plan.supersededBy)

/** Actions in the order of the plan's priorities, so the most important theme comes first. */
export const actionsByTheme = (plan: Plan): Array<{ theme: string; label: string; summary: string; actions: Action[] }> =>
  (plan.priorities ?? []).map((priority) => ({
    theme: priority.theme,
    label: themeLabel(priority.theme),
    summary: priority.summary ?? '',
    actions: (plan.actions ?? []).filter((action) => action.theme === priority.theme),
  }))

export const progressSummary = (
  plan: Plan,
): { total: number; done: number; inProgress: number; stalled: number; notStarted: number; averageProgress: number } => {
  const actions = plan.actions ?? []
  const count = (status: Action['status']) => actions.filter((action) => action.status === status).length
  const average = actions.length === 0 ? 0 : Math.round(actions.reduce((sum, action) => sum + action.progress, 0) / actions.length)
  return {
    total: actions.length,
    done: count('done'),
    inProgress: count('in-progress'),
    stalled: count('stalled'),
    notStarted: count('not-started'),
    averageProgress: average,
  }
}
