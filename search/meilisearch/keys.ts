import type { Key, KeyCreation } from 'meilisearch'

/**
 * The one key browsers get: search only, on the site's index only, never expiring. A fixed
 * uid makes it the same key on every reindex (Meilisearch derives a key from its uid and the
 * master key), so built pages keep working after a reindex.
 */
export const SEARCH_KEY_UID = '6f0c1d3e-4a5b-4c7d-9e8f-0a1b2c3d4e5f'

export const searchKeyRequest = (indexUid: string): KeyCreation => ({
  uid: SEARCH_KEY_UID,
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
  if (key.indexes.includes('*') || key.indexes.some((index) => index !== indexUid)) problems.push(`it reaches indexes other than "${indexUid}" (${key.indexes.join(', ')})`)
  if (!key.indexes.includes(indexUid) && !key.indexes.includes('*')) problems.push(`it cannot search "${indexUid}"`)
  if (key.expiresAt && new Date(key.expiresAt).getTime() < Date.now() + 7 * 24 * 60 * 60 * 1000) problems.push('it expires within a week')
  return problems
}

/** Never print a key whole. */
export const maskKey = (key: string): string => (key.length <= 8 ? '********' : `${key.slice(0, 4)}…${key.slice(-4)}`)
