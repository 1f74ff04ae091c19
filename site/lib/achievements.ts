import type { Cluster, Community } from './communities'
import { type SiteSnapshot, sameId } from './snapshot'
import { isAchievement } from '../../cms/shared/publicContent'

export type InfluenceLog = SiteSnapshot['influenceLogs'][number]

/**
 * Celebrated achievements, newest first: what the home page, the achievements page and the feed
 * feature. Annual reports (lib/reports.ts) count every published log, celebrated or not.
 */
export const achievements = (snapshot: SiteSnapshot, owner?: { community: Community } | { cluster: Cluster }): InfluenceLog[] =>
  snapshot.influenceLogs
    .filter(isAchievement)
    .filter((log) => !owner || ('community' in owner ? sameId(log.community, owner.community.id) : sameId(log.cluster, owner.cluster.id)))
    .sort((a, b) => b.date.localeCompare(a.date))
