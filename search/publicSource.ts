import type { CollectionSlug, Payload, Where } from 'payload'

import { planForPublic, toolkitForPublic } from '../cms/export/snapshot'
import { type SearchDocument, type SearchSource, searchDocuments, sourceOf } from './documents'

/** The collections whose documents become search documents, and a change to which needs a sync. */
export const SEARCHED_COLLECTIONS = ['communities', 'clusters', 'plans', 'consultations', 'guidance', 'influence-logs'] as const
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number]
export type SourceRef = { collection: SearchedCollection; id: string }

/** What changing one document can change in search: itself, and for a place everything it owns. */
const affectedWhere = (ref: SourceRef): Array<[SearchedCollection, Where]> => {
  const self: [SearchedCollection, Where] = [ref.collection, { id: { equals: ref.id } }]
  if (ref.collection === 'communities') {
    return [
      self,
      ['clusters', { members: { contains: ref.id } }],
      ['plans', { community: { equals: ref.id } }],
      ['consultations', { communities: { contains: ref.id } }],
      ['influence-logs', { community: { equals: ref.id } }],
    ]
  }
  if (ref.collection === 'clusters') {
    return [self, ['plans', { cluster: { equals: ref.id } }], ['consultations', { cluster: { equals: ref.id } }], ['influence-logs', { cluster: { equals: ref.id } }]]
  }
  return [self]
}

/**
 * The current search documents for the given changed documents, read as the public reads
 * (`overrideAccess: false`, no user): a draft, an unpublished or a deleted document yields
 * none, so syncing it removes it from the index.
 */
export const documentsFor = async (payload: Payload, refs: readonly SourceRef[]): Promise<{ sources: string[]; documents: SearchDocument[] }> => {
  const asPublic = <S extends CollectionSlug>(collection: S, where?: Where) =>
    payload.find({ collection, where, overrideAccess: false, depth: 0, pagination: false, limit: 0 }).then((result) => result.docs)
  const [communities, clusters, partners, strategies] = await Promise.all([asPublic('communities'), asPublic('clusters'), asPublic('partners'), asPublic('partner-strategies')])
  const source: SearchSource = { communities, clusters, partners, strategies, plans: [], consultations: [], guidance: [], influenceLogs: [] }
  const sources = new Set(refs.map((ref) => sourceOf(ref.collection, ref.id)))
  const read = {
    plans: async (where: Where) => (await asPublic('plans', where)).map(planForPublic),
    consultations: (where: Where) => asPublic('consultations', where),
    guidance: async (where: Where) => (await asPublic('guidance', where)).map(toolkitForPublic),
    'influence-logs': (where: Where) => asPublic('influence-logs', where),
  }
  for (const ref of refs) {
    for (const [collection, where] of affectedWhere(ref)) {
      if (collection === 'communities' || collection === 'clusters') {
        // Places are already read whole for the name tables; a place's own document is in them when public.
        const table = source[collection] as Array<{ id: number | string; members?: Array<number | string | { id: number | string }> | null }>
        const matching = collection === ref.collection ? table.filter((doc) => String(doc.id) === ref.id) : table.filter((doc) => (doc.members ?? []).some((member) => String(typeof member === 'object' ? member.id : member) === ref.id))
        for (const doc of matching) sources.add(sourceOf(collection, doc.id))
        continue
      }
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
