import { addToGroup } from '../shared/grouping'
import type { ID, Ref, ReportLog, ReportScope, ReportSource } from './types'

const yearFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/London' })

/** Years already worked out, by date: formatting is slow, and the reports ask for the same dates thousands of times. */
const years = new Map<string, number>()

/** The report year a log falls in: the calendar year of its date, in UK time. */
export const yearOf = (date: string): number => {
  let year = years.get(date)
  if (year === undefined) years.set(date, (year = Number(yearFormat.format(new Date(date)))))
  return year
}

export const idOf = (ref: Ref): ID | null => (ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref)

/** Ids compare as text so that SQLite's numbers and MongoDB's strings agree. */
const key = (ref: Ref): string | null => {
  const id = idOf(ref)
  return id === null ? null : String(id)
}

export type ReportIndex = {
  source: ReportSource
  partnerNames: Map<string, string>
  /** Logs by "owner|year", the owner being "community:ID", "cluster:ID" or "district". */
  byOwnerYear: Map<string, ReportLog[]>
  years: { district: Set<number>; community: Map<string, Set<number>>; cluster: Map<string, Set<number>> }
  /** Everyone who is or was a member of each cluster. */
  membersOf: Map<string, string[]>
  /** By "cluster|community": the dated memberships; absent means a member in every year. */
  memberSpans: Map<string, MemberSpan[]>
}

type MemberSpan = { joined?: string | null; left?: string | null }

/** A membership counts in every year from the one it began to the one it ended, both included. */
const covers = (span: MemberSpan, year: number): boolean => (!span.joined || yearOf(span.joined) <= year) && (!span.left || yearOf(span.left) >= year)

/** Was the community a member of the cluster in that year? Members with no dates always were. */
export const memberIn = (index: ReportIndex, cluster: string, community: string, year: number): boolean => {
  const spans = index.memberSpans.get(`${cluster}|${community}`)
  return !spans || spans.some((span) => covers(span, year))
}

const addYear = (map: Map<string, Set<number>>, owner: string, year: number) => {
  const years = map.get(owner)
  if (years) years.add(year)
  else map.set(owner, new Set([year]))
}

/** A cluster's members in a year, by id text: current members and past ones, as their dates say. */
export const clusterMembersIn = (cluster: ReportSource['clusters'][number], year: number): Set<string> => {
  const spans = new Map<string, MemberSpan[]>()
  for (const span of cluster.membership ?? []) {
    const community = key(span.community)
    if (community !== null) spans.set(community, [...(spans.get(community) ?? []), span])
  }
  const candidates = [...cluster.members, ...(cluster.membership ?? []).map((span) => span.community)].map(key).filter((id): id is string => id !== null)
  return new Set(
    candidates.filter((community) => {
      const dated = spans.get(community)
      return !dated || dated.some((span) => covers(span, year))
    }),
  )
}

/**
 * One pass over the logs, so that every report after it reads only its own logs: the whole
 * district's reports cost about as much as reading the logs once.
 */
export const indexReports = (source: ReportSource): ReportIndex => {
  const memberSpans = new Map<string, MemberSpan[]>()
  for (const cluster of source.clusters)
    for (const span of cluster.membership ?? []) {
      const community = key(span.community)
      if (community !== null) addToGroup(memberSpans, `${String(cluster.id)}|${community}`, span)
    }
  const membersOf = new Map(
    source.clusters.map((cluster) => [
      String(cluster.id),
      [...new Set([...cluster.members, ...(cluster.membership ?? []).map((span) => span.community)].map(key).filter((id): id is string => id !== null))],
    ]),
  )
  const clustersOfCommunity = new Map<string, string[]>()
  for (const [cluster, members] of membersOf) for (const member of members) addToGroup(clustersOfCommunity, member, cluster)

  const index: ReportIndex = {
    source,
    partnerNames: new Map(source.partners.map((partner) => [String(partner.id), partner.name])),
    byOwnerYear: new Map(),
    years: { district: new Set(), community: new Map(), cluster: new Map() },
    membersOf,
    memberSpans,
  }
  for (const log of source.logs) {
    const year = yearOf(log.date)
    index.years.district.add(year)
    addToGroup(index.byOwnerYear, `district|${year}`, log)
    const community = key(log.community)
    const cluster = key(log.cluster)
    if (community !== null) {
      addToGroup(index.byOwnerYear, `community:${community}|${year}`, log)
      addYear(index.years.community, community, year)
      for (const owning of clustersOfCommunity.get(community) ?? []) if (memberIn(index, owning, community, year)) addYear(index.years.cluster, owning, year)
    }
    if (cluster !== null) {
      addToGroup(index.byOwnerYear, `cluster:${cluster}|${year}`, log)
      addYear(index.years.cluster, cluster, year)
    }
  }
  return index
}

/**
 * The logs a report covers. A cluster's report takes its own logs and its member communities'
 * logs; a log has exactly one owner, and ids are de-duplicated, so each log counts once.
 */
export const logsFor = (index: ReportIndex, scope: ReportScope, year: number): ReportLog[] => {
  if (scope.type === 'district') return index.byOwnerYear.get(`district|${year}`) ?? []
  if (scope.type === 'community') return index.byOwnerYear.get(`community:${String(scope.id)}|${year}`) ?? []
  const cluster = String(scope.id)
  const members = (index.membersOf.get(cluster) ?? []).filter((member) => memberIn(index, cluster, member, year))
  const owners = [`cluster:${cluster}`, ...members.map((member) => `community:${member}`)]
  const seen = new Set<string>()
  const logs: ReportLog[] = []
  for (const owner of owners) {
    for (const log of index.byOwnerYear.get(`${owner}|${year}`) ?? []) {
      if (seen.has(String(log.id))) continue
      seen.add(String(log.id))
      logs.push(log)
    }
  }
  return logs
}

/** The years with at least one log for this scope, newest first. */
export const reportYears = (index: ReportIndex, scope: ReportScope): number[] => {
  const years = scope.type === 'district' ? index.years.district : index.years[scope.type].get(String(scope.id))
  return [...(years ?? [])].sort((a, b) => b - a)
}
