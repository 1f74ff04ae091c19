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
