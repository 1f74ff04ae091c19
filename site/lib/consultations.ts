import { type Phase, consultationPhase } from '../../cms/shared/consultationPhase'
import type { Cluster, Community } from './communities'
import { byId, sameId } from './ids'
import type { SiteSnapshot } from './snapshot'

export type Consultation = SiteSnapshot['consultations'][number]
export type { Phase }

/** The phase when the site is built: a daily rebuild keeps it current. */
export const phaseOf = (consultation: Consultation, now: Date = new Date()): Phase => consultationPhase(consultation, now)

/**
 * A community's consultations include those of every cluster it belongs to: its residents are
 * asked too, and should find them under their own community's name.
 */
export const consultationsFor = (snapshot: SiteSnapshot, owner: { community: Community } | { cluster: Cluster }): Consultation[] => {
  const belongs = (consultation: Consultation): boolean => {
    if (!('community' in owner)) return sameId(consultation.cluster, owner.cluster.id)
    if ((consultation.communities ?? []).some((id) => sameId(id, owner.community.id))) return true
    const cluster = consultation.cluster ? byId(snapshot.clusters, consultation.cluster) : undefined
    return Boolean(cluster?.members.some((member) => sameId(member, owner.community.id)))
  }
  return snapshot.consultations.filter(belongs).sort((a, b) => b.opensAt.localeCompare(a.opensAt))
}

export const byPhase = (consultations: readonly Consultation[], now: Date = new Date()): Record<Phase, Consultation[]> => {
  const groups: Record<Phase, Consultation[]> = { open: [], upcoming: [], closed: [], reported: [] }
  for (const consultation of consultations) groups[phaseOf(consultation, now)].push(consultation)
  return groups
}

/** Where a consultation belongs, in words: "Kestwick", "Farthingdale and Linnet Green", or the cluster's name. */
export const ownerNames = (snapshot: SiteSnapshot, consultation: Consultation): string => {
  if (consultation.cluster) return byId(snapshot.clusters, consultation.cluster)?.name ?? ''
  const names = (consultation.communities ?? []).map((id) => byId(snapshot.communities, id)?.name).filter(Boolean)
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
