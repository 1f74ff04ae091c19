import type { Cluster, Community } from './communities'
import type { Consultation } from './consultations'
import { byId, sameId } from './ids'
import type { SiteSnapshot } from './snapshot'

export type SiteEvent = SiteSnapshot['events'][number]

const soonestFirst = (a: SiteEvent, b: SiteEvent) => a.startsAt.localeCompare(b.startsAt)

/** Events still to come (or under way) at build time, soonest first; the daily rebuild moves them along. */
export const upcomingEvents = (events: readonly SiteEvent[], now: Date = new Date()): SiteEvent[] =>
  events.filter((event) => new Date(event.endsAt).getTime() >= now.getTime()).sort(soonestFirst)

/** Events that have ended, most recent first. */
export const pastEvents = (events: readonly SiteEvent[], now: Date = new Date()): SiteEvent[] =>
  events.filter((event) => new Date(event.endsAt).getTime() < now.getTime()).sort((a, b) => soonestFirst(b, a))

/**
 * The events of a community (its own and those of its clusters), of a cluster, or held for a
 * consultation.
 */
export const eventsFor = (snapshot: SiteSnapshot, owner: { community: Community } | { cluster: Cluster } | { consultation: Consultation }): SiteEvent[] =>
  snapshot.events.filter((event) => {
    if ('consultation' in owner) return sameId(event.consultation, owner.consultation.id)
    if ('cluster' in owner) return sameId(event.cluster, owner.cluster.id)
    if (sameId(event.community, owner.community.id)) return true
    const cluster = event.cluster ? byId(snapshot.clusters, event.cluster) : undefined
    return Boolean(cluster?.members.some((member) => sameId(member, owner.community.id)))
  })

/** Where an event is held, on one line: the venue and its address. */
export const eventLocation = (event: SiteEvent): string => [event.venue.name, event.venue.address?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ')
