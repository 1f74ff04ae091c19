/**
 * Where a respondent lives. A consultation for a cluster or for several communities asks it by
 * itself, so its results can be shown community by community; a one-community consultation does not.
 */
export type Place = { id: string; name: string }

export const LIVES_IN_FIELD = 'lives-in'
export const LIVES_IN_PROMPT = 'Which community do you live in?'
export const ELSEWHERE = 'elsewhere'
export const ELSEWHERE_LABEL = 'Somewhere else'

type Owner = { communities?: ReadonlyArray<unknown> | null; cluster?: unknown }
type Named = { id: number | string; name: string }

const idOf = (value: unknown): string | null => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return null
}

/**
 * The communities a consultation asks residents to choose from, by name: the cluster's members or
 * its own communities, when there are at least two; otherwise none and the question is not asked.
 */
export const placesOf = (
  consultation: Owner,
  clusters: ReadonlyArray<{ id: number | string; members?: ReadonlyArray<unknown> | null }>,
  communities: ReadonlyArray<Named>,
): Place[] => {
  const clusterId = idOf(consultation.cluster)
  const cluster = clusterId === null ? undefined : clusters.find((candidate) => String(candidate.id) === clusterId)
  const ids = (cluster ? (cluster.members ?? []) : (consultation.communities ?? [])).map(idOf).filter((id): id is string => id !== null)
  const places = communities
    .filter((community) => ids.includes(String(community.id)))
    .map((community) => ({ id: String(community.id), name: community.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  return places.length >= 2 ? places : []
}
