import { achievementDocuments } from './achievements'
import { consultationDocuments } from './consultations'
import { guidanceDocuments } from './guidance'
import { lookups } from './lookups'
import { clusterDocuments, communityDocuments } from './places'
import { planDocuments } from './plans'
import type { SearchDocument, SearchSource } from './shape'

export * from './shape'

/** Every search document the published content makes, in a stable order. */
export const searchDocuments = (source: SearchSource, now: Date = new Date()): SearchDocument[] => {
  const lookup = lookups(source)
  return [
    ...communityDocuments(source),
    ...clusterDocuments(source, lookup),
    ...planDocuments(source, lookup),
    ...consultationDocuments(source, lookup, now),
    ...guidanceDocuments(source),
    ...achievementDocuments(source, lookup),
  ]
}
