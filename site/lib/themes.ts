import { THEMES, type Theme } from '../../cms/shared/options'
import { type PlacedAction, ownerOfPlan, placedActions } from './partners'
import type { SiteSnapshot } from './snapshot'

type Plan = SiteSnapshot['plans'][number]

export type ThemeView = {
  theme: Theme
  label: string
  /** Current plans that name the theme as a priority, with what they said about it. */
  priorities: Array<{ plan: Plan; owner: PlacedAction['owner']; summary: string; rank: number }>
  /** Actions under the theme in current plans, grouped by owner in the order of `priorities`. */
  actions: PlacedAction[]
}

/** Each theme across the district's current plans (replaced plans are left out); themes no plan names come last. */
export const themesAcrossDistrict = (snapshot: SiteSnapshot): ThemeView[] => {
  const current = placedActions(snapshot).filter(({ plan }) => !plan.supersededBy)
  const views = THEMES.map(({ value, label }) => ({
    theme: value,
    label,
    priorities: snapshot.plans
      .filter((plan) => !plan.supersededBy)
      .flatMap((plan) => {
        const rank = (plan.priorities ?? []).findIndex((priority) => priority.theme === value)
        return rank < 0 ? [] : [{ plan, owner: ownerOfPlan(snapshot, plan), summary: plan.priorities?.[rank]?.summary ?? '', rank: rank + 1 }]
      })
      .sort((a, b) => a.owner.name.localeCompare(b.owner.name, 'en-GB')),
    actions: current.filter(({ action }) => action.theme === value).sort((a, b) => a.owner.name.localeCompare(b.owner.name, 'en-GB')),
  }))
  return [...views.filter((view) => view.priorities.length > 0), ...views.filter((view) => view.priorities.length === 0)]
}
