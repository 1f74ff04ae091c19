import type { CollectionSlug, Payload } from 'payload'

import { slugify } from '../lib/slugify'
import { resultsOfClosedConsultations } from '../responses/resultsForSnapshot'
import { planForPublic, toolkitForPublic } from '../shared/publicShape'

/**
 * Everything the public site shows, read with the public's own access (overrideAccess: false
 * and no user): drafts, personal fields and staff-only collections cannot reach the site by
 * construction. Shallow reads (depth 0) with `select`; relations are resolved by id on the site.
 * One deliberate exception: closed consultations carry their results, counted from the staff-only
 * responses by `resultsOfClosedConsultations`, which lets only totals and cleared quotes out.
 */
export const exportSnapshot = async (payload: Payload) => {
  const all = <S extends CollectionSlug>(collection: S) =>
    payload.find({ collection, overrideAccess: false, depth: 0, pagination: false, limit: 0 }).then((result) => result.docs)

  const [communities, clusters, partners, strategies, plans, consultations, guidance, influenceLogs, achievementReports, media] = await Promise.all([
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
  ])
  const results = await resultsOfClosedConsultations(payload, consultations)

  return {
    generatedAt: new Date().toISOString(),
    communities,
    clusters,
    partners,
    // Strategies saved before they had a slug get one until their next save fills it; the id keeps it unique.
    strategies: strategies.map((strategy) => ({ ...strategy, slug: strategy.slug || `${slugify(strategy.name) || 'strategy'}-${strategy.id}` })),
    plans: plans.map(planForPublic),
    consultations: consultations.map((consultation) => ({ ...consultation, results: results.get(String(consultation.id)) ?? null })),
    guidance: guidance.map(toolkitForPublic),
    influenceLogs,
    achievementReports,
    media,
  }
}

export type SiteSnapshot = Awaited<ReturnType<typeof exportSnapshot>>
