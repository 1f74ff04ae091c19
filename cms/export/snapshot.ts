import type { CollectionSlug, Payload } from 'payload'

import { slugify } from '../lib/slugify'
import { resolveFigures } from '../responses/feedbackFigures'
import { placesOf } from '../responses/places'
import { responsesPerEvent, resultsOfClosedConsultations } from '../responses/resultsForSnapshot'
import { planForPublic, toolkitForPublic } from '../shared/publicShape'
import { siteSettingsWithDefaults } from '../shared/siteSettings'
import { settings } from '../settings'

/**
 * Everything the public site shows, read with the public's own access (overrideAccess: false
 * and no user): drafts, personal fields and staff-only collections cannot reach the site by
 * construction. Shallow reads (depth 0) with `select`; relations are resolved by id on the site.
 * One deliberate exception: closed consultations carry their results, counted from the staff-only
 * responses by `resultsOfClosedConsultations`, which lets only totals, suppressed
 * community figures and cleared quotes out; events carry only how many responses they collected.
 */
export const exportSnapshot = async (payload: Payload) => {
  const all = <S extends CollectionSlug>(collection: S) =>
    payload.find({ collection, overrideAccess: false, depth: 0, pagination: false, limit: 0 }).then((result) => result.docs)

  const [communities, clusters, partners, strategies, plans, consultations, guidance, influenceLogs, achievementReports, media, events] = await Promise.all([
    all('communities'),
    all('clusters'),
    all('partners'),
    all('partner-strategies'),
    all('plans'),
    all('consultations'),
    all('guidance'),
    all('influence-logs'),
    all('achievement-reports'),
    all('media'),
    all('events'),
  ])
  const eventResponses = await responsesPerEvent(payload)
  const located = consultations.map((consultation) => ({ ...consultation, places: placesOf(consultation, clusters, communities) }))
  const results = await resultsOfClosedConsultations(payload, located)
  // "You said" quotes live figures: its placeholders become the counts the tables show.
  const withFigures = (consultation: (typeof located)[number]) => {
    const counted = results.get(String(consultation.id)) ?? null
    const youSaid = consultation.feedback?.youSaid
    const feedback = counted && youSaid ? { ...consultation.feedback, youSaid: resolveFigures(youSaid, counted).text } : consultation.feedback
    return { ...consultation, feedback, results: counted }
  }
  const site = siteSettingsWithDefaults(await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 }))

  return {
    generatedAt: new Date().toISOString(),
    site,
    /** The privacy notice states it (cms/jobs/forgetOldResponses.ts applies it). */
    retentionMonths: settings().RESPONSE_RETENTION_MONTHS,
    communities,
    clusters,
    partners,
    // Strategies saved before they had a slug get one until their next save fills it; the id keeps it unique.
    strategies: strategies.map((strategy) => ({ ...strategy, slug: strategy.slug || `${slugify(strategy.name) || 'strategy'}-${strategy.id}` })),
    plans: plans.map(planForPublic),
    consultations: located.map(withFigures),
    guidance: guidance.map(toolkitForPublic),
    influenceLogs,
    achievementReports,
    media,
    // How many responses each event collected: a count, never the responses.
    events: events.map((event) => ({ ...event, responses: eventResponses.get(String(event.id)) ?? 0 })),
  }
}

export type SiteSnapshot = Awaited<ReturnType<typeof exportSnapshot>>
