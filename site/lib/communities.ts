import { sameId } from './ids'
import type { SiteSnapshot } from './snapshot'

export type Community = SiteSnapshot['communities'][number]
export type Cluster = SiteSnapshot['clusters'][number]

const byName = <T extends { name: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))

export const communitiesAZ = (snapshot: SiteSnapshot): Community[] => byName(snapshot.communities)
export const clustersAZ = (snapshot: SiteSnapshot): Cluster[] => byName(snapshot.clusters)

export const clustersOf = (snapshot: SiteSnapshot, community: Community): Cluster[] =>
  clustersAZ(snapshot).filter((cluster) => cluster.members.some((member) => sameId(member, community.id)))

export const membersOf = (snapshot: SiteSnapshot, cluster: Cluster): Community[] =>
  communitiesAZ(snapshot).filter((community) => cluster.members.some((member) => sameId(member, community.id)))
