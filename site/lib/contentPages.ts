import { THEMES } from '../../cms/shared/options'
import { publicPath } from '../../cms/shared/publicUrls'
import { achievements } from './achievements'
import { consultationsFor } from './consultations'
import { ACHIEVEMENTS_PER_PAGE } from './paging'
import { allReportPages } from './reports'
import type { SiteSnapshot } from './snapshot'

/**
 * Every HTML page the content implies but the site map's own listing pages, which are drawn from
 * this list (site/lib/siteMap.ts); site/lib/everyPage.ts adds them.
 */
export const contentPagePath = (snapshot: SiteSnapshot): string[] => {
  const achievementPages = Math.max(1, Math.ceil(achievements(snapshot).length / ACHIEVEMENTS_PER_PAGE))
  const withConsultations = snapshot.communities.filter((community) => consultationsFor(snapshot, { community }).length > 0)
  return [
    publicPath.home,
    publicPath.communities,
    publicPath.consultations,
    publicPath.guidance,
    publicPath.reports,
    publicPath.search,
    publicPath.notFound,
    publicPath.newsletter,
    publicPath.newsletterCheckYourMail,
    publicPath.partners,
    publicPath.themes,
    publicPath.openData,
    ...snapshot.partners.map((partner) => publicPath.partner(partner.slug)),
    ...snapshot.strategies.map((strategy) => publicPath.strategy(strategy.slug)),
    ...THEMES.map(({ value }) => publicPath.theme(value)),
    publicPath.events,
    ...snapshot.events.map((event) => publicPath.event(event.slug)),
    publicPath.accessibility,
    publicPath.privacy,
    publicPath.contact,
    publicPath.siteMap,
    publicPath.feeds,
    publicPath.glossary,
    ...Array.from({ length: achievementPages }, (_, index) => publicPath.achievementsPage(index + 1)),
    ...achievements(snapshot).map((log) => publicPath.achievement(log.id)),
    ...allReportPages(snapshot).map((page) => page.path),
    ...snapshot.communities.map((community) => publicPath.community(community.slug)),
    ...snapshot.clusters.map((cluster) => publicPath.cluster(cluster.slug)),
    ...snapshot.plans.map((plan) => publicPath.plan(plan.slug)),
    ...snapshot.consultations.flatMap((consultation) => [
      publicPath.consultation(consultation.slug),
      publicPath.consultationThankYou(consultation.slug),
      publicPath.consultationPaperForm(consultation.slug),
    ]),
    ...withConsultations.map((community) => publicPath.consultationsIn(community.slug)),
    ...snapshot.guidance.flatMap((toolkit) => [
      publicPath.toolkit(toolkit.slug),
      ...toolkit.steps.map((_, index) => publicPath.guidanceStep(toolkit.slug, index)),
    ]),
  ]
}
