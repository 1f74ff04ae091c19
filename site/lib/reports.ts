import { annualReport } from '../../cms/reports/annualReport'
import { type Engagement, type PlanProgress, engagementIn, planProgressIn } from '../../cms/reports/practicalWork'
import { type ReportIndex, indexReports, reportYears } from '../../cms/reports/reportIndex'
import type { AnnualReport, ReportScope } from '../../cms/reports/types'
import type { Cluster, Community } from './communities'
import { type SiteSnapshot, sameId } from './snapshot'
import { oncePer } from '../../cms/shared/grouping'
import { publicPath } from '../../cms/shared/publicUrls'

export type { AnnualReport, ReportScope }

/** Whose report: the district, or a community or cluster with its page. */
export type ReportOwner = { scope: ReportScope; name: string; href: string; base: string }

export type ReportPage = { owner: ReportOwner; year: number; path: string }

export const DISTRICT_NAME = 'the whole district'

/** The snapshot's published logs, indexed once per build for every report page and download. */
export const reportIndex = oncePer((snapshot: SiteSnapshot): ReportIndex =>
  indexReports({ logs: snapshot.influenceLogs, partners: snapshot.partners, communities: snapshot.communities, clusters: snapshot.clusters }),
)

export const districtOwner: ReportOwner = { scope: { type: 'district' }, name: DISTRICT_NAME, href: publicPath.reports, base: publicPath.districtReports }
export const communityOwner = (community: Community): ReportOwner => ({
  scope: { type: 'community', id: community.id },
  name: community.name,
  href: publicPath.community(community.slug),
  base: publicPath.communityReports(community.slug),
})
export const clusterOwner = (cluster: Cluster): ReportOwner => ({
  scope: { type: 'cluster', id: cluster.id },
  name: cluster.name,
  href: publicPath.cluster(cluster.slug),
  base: publicPath.clusterReports(cluster.slug),
})

/** The years an owner has a report for (those with at least one published log), newest first. */
export const reportsOf = (snapshot: SiteSnapshot, owner: ReportOwner): ReportPage[] =>
  reportYears(reportIndex(snapshot), owner.scope).map((year) => ({ owner, year, path: `${owner.base}${year}/` }))

/** Every report page the site has: the district's, then each community's and each cluster's. */
export const allReportPages = (snapshot: SiteSnapshot): ReportPage[] => [
  ...reportsOf(snapshot, districtOwner),
  ...snapshot.communities.flatMap((community) => reportsOf(snapshot, communityOwner(community))),
  ...snapshot.clusters.flatMap((cluster) => reportsOf(snapshot, clusterOwner(cluster))),
]

export const reportFor = (snapshot: SiteSnapshot, page: ReportPage): AnnualReport => annualReport(reportIndex(snapshot), page.owner.scope, page.year)

/** The partnership's own introduction to the report, split into paragraphs; empty when none is published. */
export const narrativeOf = (snapshot: SiteSnapshot, page: ReportPage): string[] => {
  const { scope } = page.owner
  const found = snapshot.achievementReports.find(
    (intro) =>
      intro.year === page.year &&
      (scope.type === 'district'
        ? !intro.community && !intro.cluster
        : scope.type === 'community'
          ? sameId(intro.community, scope.id)
          : sameId(intro.cluster, scope.id)),
  )
  return (found?.narrative ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/** The rest parameter of a report's routes: "district/2025", "communities/kestwick/2025". */
export const routeOf = (page: ReportPage): string => page.path.replace(/^\/reports\//, '').replace(/\/$/, '')

export const percent = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`)

/** The year's practical work beside the influence: plan actions moved and consultation responses. */
export const practicalWorkFor = (snapshot: SiteSnapshot, page: ReportPage): { progress: PlanProgress; engagement: Engagement } => ({
  progress: planProgressIn(snapshot, page.owner.scope, page.year),
  engagement: engagementIn(snapshot, page.owner.scope, page.year),
})

/** The practical-work figures as rows of section, measure and value, for the report's second CSV. */
export const PRACTICAL_COLUMNS = [
  { name: 'section', meaning: '“plan_progress” or “engagement”.' },
  { name: 'measure', meaning: 'completed, started or stalled actions; consultations closed, responses, or responses by channel (online, paper, event).' },
  { name: 'value', meaning: 'How many.' },
] as const

export const practicalRows = (work: { progress: PlanProgress; engagement: Engagement }): Array<{ section: string; measure: string; value: number }> => [
  { section: 'plan_progress', measure: 'completed', value: work.progress.completed },
  { section: 'plan_progress', measure: 'started', value: work.progress.started },
  { section: 'plan_progress', measure: 'stalled', value: work.progress.stalled },
  { section: 'engagement', measure: 'consultations', value: work.engagement.consultations },
  { section: 'engagement', measure: 'responses', value: work.engagement.responses },
  { section: 'engagement', measure: 'online', value: work.engagement.byChannel.online },
  { section: 'engagement', measure: 'paper', value: work.engagement.byChannel.paper },
  { section: 'engagement', measure: 'event', value: work.engagement.byChannel.event },
]
