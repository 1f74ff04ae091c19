/**
 * Content that belongs to a community (or several) or to a cluster. Partnership members act
 * only for the communities and clusters on their user record; editors and admins act for all.
 */
export type Ownership = { communityField: 'community' | 'communities' }
