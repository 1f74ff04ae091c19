import type { Consultation } from './consultations'
import { formatDate } from '../../cms/shared/format'
import { type SiteSnapshot, byId } from './snapshot'
import { publicPath } from '../../cms/shared/publicUrls'
import { isAchievement } from '../../cms/shared/publicContent'

export type FollowUp = { title: string; href?: string; detail: string }

type Reference = NonNullable<NonNullable<Consultation['feedback']>['followUps']>[number]

/** "We did": the published plans and influence logs an editor linked, each with where to read more. */
export const followUps = (snapshot: SiteSnapshot, consultation: Consultation): FollowUp[] =>
  (consultation.feedback?.followUps ?? []).flatMap((reference: Reference): FollowUp[] => {
    const id = typeof reference.value === 'object' ? reference.value.id : reference.value
    if (reference.relationTo === 'plans') {
      const plan = byId(snapshot.plans, id)
      return plan ? [{ title: plan.title, href: publicPath.plan(plan.slug), detail: 'Plan' }] : []
    }
    const log = byId(snapshot.influenceLogs, id)
    if (!log) return []
    const partner = byId(snapshot.partners, log.partner)?.name
    return [
      {
        title: log.title,
        // Only celebrated achievements have a page.
        href: isAchievement(log) ? publicPath.achievement(log.id) : undefined,
        detail: [formatDate(log.date), partner ? `with ${partner}` : undefined].filter(Boolean).join(', '),
      },
    ]
  })

/** A share as a whole percentage, for tables that show counts beside it. */
export const percent = (count: number, of: number): string => (of === 0 ? '0%' : `${Math.round((count / of) * 100)}%`)
