import type { Cluster, Community } from './communities'
import { type SiteSnapshot, sameId } from './snapshot'

export type InfluenceLog = SiteSnapshot['influenceLogs'][number]

export { KIND_LABELS } from '../../cms/shared/influence'

/**
 * Celebrated achievements, newest first: what the home page, the achievements page and the feed
 * feature. Annual reports (lib/reports.ts) count every published log, celebrated or not.
 */
export const achievements = (snapshot: SiteSnapshot, owner?: { community: Community } | { cluster: Cluster }): InfluenceLog[] =>
  snapshot.influenceLogs
    .filter((log) => log.celebrate)
    .filter((log) => !owner || ('community' in owner ? sameId(log.community, owner.community.id) : sameId(log.cluster, owner.cluster.id)))
    .sort((a, b) => b.date.localeCompare(a.date))
