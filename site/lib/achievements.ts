import type { Cluster, Community } from './communities'
import type { SiteSnapshot } from './snapshot'
import { addToGroup, oncePer } from '../../cms/shared/grouping'
import { isAchievement } from '../../cms/shared/publicContent'

export type InfluenceLog = SiteSnapshot['influenceLogs'][number]

type AchievementIndex = { all: InfluenceLog[]; byCommunity: Map<string, InfluenceLog[]>; byCluster: Map<string, InfluenceLog[]> }

const add = (map: Map<string, InfluenceLog[]>, owner: unknown, log: InfluenceLog) => {
  if (typeof owner === 'string' || typeof owner === 'number') addToGroup(map, String(owner), log)
}

/**
 * The snapshot's achievements sorted and grouped by owner once per build: every achievements
 * page lists every community's count, which filtering all logs per community per page made the
 * largest part of a build at scale.
 */
const indexOf = oncePer((snapshot: SiteSnapshot): AchievementIndex => {
  const all = snapshot.influenceLogs.filter(isAchievement).sort((a, b) => b.date.localeCompare(a.date))
  const index: AchievementIndex = { all, byCommunity: new Map(), byCluster: new Map() }
  for (const log of all) {
    add(index.byCommunity, log.community, log)
    add(index.byCluster, log.cluster, log)
  }
  return index
})

/**
 * Celebrated achievements, newest first: what the home page, the achievements page and the feed
 * feature. Annual reports (lib/reports.ts) count every published log, celebrated or not. The
 * lists are shared between callers: read them, never change them.
 */
export const achievements = (snapshot: SiteSnapshot, owner?: { community: Community } | { cluster: Cluster }): readonly InfluenceLog[] => {
  const index = indexOf(snapshot)
  if (!owner) return index.all
  return ('community' in owner ? index.byCommunity.get(String(owner.community.id)) : index.byCluster.get(String(owner.cluster.id))) ?? []
}
