import type { Reference } from './refuseDeleteWhileUsed'

/**
 * The links that keep a document from being deleted, shared by the collections they point at.
 * A sent newsletter is not among them: it has gone out, and its list of items may lose one.
 */

export const followedUpIn = (relationTo: 'plans' | 'influence-logs'): Reference => ({
  collection: 'consultations',
  field: 'feedback.followUps',
  relationTo,
  noun: ['consultation’s “What followed”', 'consultations’ “What followed”'],
})

export const inNewslettersNotYetSent = (field: string): Reference => ({
  collection: 'newsletters',
  field,
  only: { status: { not_equals: 'sent' } },
  noun: ['newsletter not yet sent', 'newsletters not yet sent'],
})

/**
 * What a community or cluster owns. Left without its owner, each would fail validation and so
 * could not be edited, and a report introduction would silently become the district's.
 */
const ownedContent = (single: 'community' | 'cluster', many: 'communities' | 'cluster'): Reference[] => [
  { collection: 'plans', field: single, noun: ['plan', 'plans'] },
  { collection: 'consultations', field: many, noun: ['consultation', 'consultations'] },
  { collection: 'influence-logs', field: single, noun: ['influence log', 'influence logs'] },
  { collection: 'events', field: single, noun: ['event', 'events'] },
  { collection: 'achievement-reports', field: single, noun: ['annual report introduction', 'annual report introductions'] },
]

export const COMMUNITY_REFERENCES: Reference[] = [
  ...ownedContent('community', 'communities'),
  { collection: 'clusters', field: 'members', noun: ['cluster', 'clusters'] },
  // Counted in a cluster consultation's results by where people live.
  { collection: 'responses', field: 'community', noun: ['response that names it as home', 'responses that name it as home'] },
  inNewslettersNotYetSent('audience.communities'),
]

export const CLUSTER_REFERENCES: Reference[] = [...ownedContent('cluster', 'cluster'), inNewslettersNotYetSent('audience.cluster')]
