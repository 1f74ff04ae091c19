import type { CollectionSlug, Payload, Where } from 'payload'

import { planForPublic, toolkitForPublic } from '../cms/shared/publicShape'
import { type SearchDocument, type SearchSource, searchDocuments, sourceOf } from './documents'

/** The collections whose documents become search documents, and a change to which needs a sync. */
export const SEARCHED_COLLECTIONS = [
  'communities',
  'clusters',
  'plans',
  'consultations',
  'guidance',
  'influence-logs',
  'partners',
  'partner-strategies',
] as const
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number]
export type SourceRef = { collection: SearchedCollection; id: string }

type ContentCollection = 'plans' | 'consultations' | 'guidance' | 'influence-logs'

/** What a cluster owns: its content lists the cluster's members by name, so it changes with them. */
const ownedByCluster = (id: string): Array<[ContentCollection, Where]> => [
  ['plans', { cluster: { equals: id } }],
  ['consultations', { cluster: { equals: id } }],
  ['influence-logs', { cluster: { equals: id } }],
]

/**
 * The content whose documents a change to `ref` alters: itself, or for a name shown in other
 * documents (a place, a partner, a strategy), every document that shows it.
 */
const contentWhere = (ref: SourceRef, clustersOfCommunity: readonly string[]): Array<[ContentCollection, Where]> => {
  switch (ref.collection) {
    case 'communities':
      return [
        ['plans', { community: { equals: ref.id } }],
        ['consultations', { communities: { contains: ref.id } }],
        ['influence-logs', { community: { equals: ref.id } }],
        ...clustersOfCommunity.flatMap(ownedByCluster),
      ]
    case 'clusters':
      return ownedByCluster(ref.id)
    case 'partners':
      return [
        ['plans', { 'actions.partners': { in: [ref.id] } }],
        ['influence-logs', { partner: { equals: ref.id } }],
      ]
    case 'partner-strategies':
      return [['plans', { 'actions.strategy': { equals: ref.id } }]]
    default:
      return [[ref.collection, { id: { equals: ref.id } }]]
  }
}

type Cluster = { id: number | string; members?: Array<number | string | { id: number | string }> | null }

/** The clusters a community belongs to: their documents name it, and so does all they own. */
const clustersListing = (ref: SourceRef, source: SearchSource): string[] =>
  ref.collection !== 'communities'
    ? []
    : (source.clusters as Cluster[])
        .filter((cluster) => (cluster.members ?? []).some((member) => String(typeof member === 'object' ? member.id : member) === ref.id))
        .map((cluster) => String(cluster.id))

/**
 * The current search documents for the given changed documents, read as the public reads
 * (`overrideAccess: false`, no user): a draft, an unpublished or a deleted document yields
 * none, so syncing it removes it from the index.
 */
export const documentsFor = async (payload: Payload, refs: readonly SourceRef[]): Promise<{ sources: string[]; documents: SearchDocument[] }> => {
  const asPublic = <S extends CollectionSlug>(collection: S, where?: Where) =>
    payload.find({ collection, where, overrideAccess: false, depth: 0, pagination: false, limit: 0 }).then((result) => result.docs)
  const [communities, clusters, partners, strategies] = await Promise.all([
    asPublic('communities'),
    asPublic('clusters'),
    asPublic('partners'),
    asPublic('partner-strategies'),
  ])
  const source: SearchSource = { communities, clusters, partners, strategies, plans: [], consultations: [], guidance: [], influenceLogs: [] }
  const sources = new Set(refs.map((ref) => sourceOf(ref.collection, ref.id)))
  const read = {
    plans: async (where: Where) => (await asPublic('plans', where)).map(planForPublic),
    consultations: (where: Where) => asPublic('consultations', where),
    guidance: async (where: Where) => (await asPublic('guidance', where)).map(toolkitForPublic),
    'influence-logs': (where: Where) => asPublic('influence-logs', where),
  }
  for (const ref of refs) {
    const clusters = clustersListing(ref, source)
    for (const cluster of clusters) sources.add(sourceOf('clusters', cluster))
    for (const [collection, where] of contentWhere(ref, clusters)) {
      const docs = await read[collection](where)
      for (const doc of docs) sources.add(sourceOf(collection, doc.id))
      if (collection === 'plans') source.plans.push(...(docs as SearchSource['plans']))
      if (collection === 'consultations') source.consultations.push(...(docs as SearchSource['consultations']))
      if (collection === 'guidance') source.guidance.push(...(docs as SearchSource['guidance']))
      if (collection === 'influence-logs') source.influenceLogs.push(...(docs as SearchSource['influenceLogs']))
    }
  }
  return { sources: [...sources], documents: searchDocuments(source).filter((document) => sources.has(document.source)) }
}
