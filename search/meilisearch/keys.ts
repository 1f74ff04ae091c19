import { createHash } from 'node:crypto'

import type { Key, KeyCreation } from 'meilisearch'

/**
 * The uid of the one key browsers get for an index: a UUID (v4 layout) derived from the index
 * name. Meilisearch derives a key from its uid and the master key, so the key stays the same on
 * every reindex and built pages keep working; and each index (a test's, a benchmark's) has its
 * own key, so checking one never replaces another's.
 */
export const searchKeyUid = (indexUid: string): string => {
  const hex = createHash('sha256').update(`folkmoot-public-search:${indexUid}`).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Search only, on the site's index only, never expiring. */
export const searchKeyRequest = (indexUid: string): KeyCreation => ({
  uid: searchKeyUid(indexUid),
  name: 'Folkmoot public search',
  description: 'Used by the public site in visitors’ browsers. Search only, on the Folkmoot index only.',
  actions: ['search'],
  indexes: [indexUid],
  expiresAt: null,
})

/** Why an existing key must not be handed to browsers; empty when it is safe and usable. */
export const searchKeyProblems = (key: Pick<Key, 'actions' | 'indexes' | 'expiresAt'>, indexUid: string): string[] => {
  const problems: string[] = []
  const extra = key.actions.filter((action) => action !== 'search')
  if (extra.length > 0) problems.push(`it allows more than searching (${extra.join(', ')})`)
  if (!key.actions.includes('search')) problems.push('it does not allow searching')
  if (key.indexes.includes('*') || key.indexes.some((index) => index !== indexUid))
    problems.push(`it reaches indexes other than "${indexUid}" (${key.indexes.join(', ')})`)
  if (!key.indexes.includes(indexUid) && !key.indexes.includes('*')) problems.push(`it cannot search "${indexUid}"`)
  if (key.expiresAt && new Date(key.expiresAt).getTime() < Date.now() + 7 * 24 * 60 * 60 * 1000) problems.push('it expires within a week')
  return problems
}

/** Never print a key whole. */
export const maskKey = (key: string): string => (key.length <= 8 ? '********' : `${key.slice(0, 4)}…${key.slice(-4)}`)
