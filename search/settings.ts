import type { Settings } from 'meilisearch'

import type { SearchDocument, SearchType } from './documents/shape'
import { meilisearchSynonyms } from './synonyms'

/** The index's settings, defined once; `settingsDiff` applies only what differs. */
export const SEARCH_SETTINGS = {
  // Priority order: a match in a title outranks one in the summary, which outranks the body.
  // The type comes last: "consultation" finds consultations that never use the word, without
  // outranking a page that does.
  searchableAttributes: ['title', 'excerpt', 'community', 'cluster', 'text', 'type'],
  filterableAttributes: ['type', 'community', 'cluster', 'theme', 'partner', 'year', 'status', 'source'],
  sortableAttributes: ['updated', 'year'],
  displayedAttributes: ['id', 'type', 'title', 'excerpt', 'text', 'url', 'community', 'cluster', 'theme', 'partner', 'year', 'status', 'updated'],
  // `typeRank` breaks ties before recency: a place's name is in the `community` field of all its
  // content, so every document there matches "Wilham Magna" as exactly as the place's own page
  // does; without it the newest achievement won and 10 % of exact place queries missed.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'typeRank:asc', 'updated:desc'],
  // Two typos from 5 letters (default 9, we had 8): Meilisearch counts a typo in the first letter
  // as two, so "Kemwick" typed "lemwick" was lost; found@5 for such typos went from 85 % to 97 %.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 5 }, disableOnAttributes: [], disableOnWords: [] },
  synonyms: meilisearchSynonyms(),
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 5000 },
} satisfies Settings

/** The order of types when all else ties: a place's page, then plans, then what they contain. */
export const TYPE_RANK: Record<SearchType, number> = { community: 0, cluster: 1, plan: 2, consultation: 3, guidance: 4, action: 5, achievement: 6 }

/** What Meilisearch stores: the document plus its tie-break rank (never displayed). */
export const forMeilisearch = (document: SearchDocument): SearchDocument & { typeRank: number } => ({ ...document, typeRank: TYPE_RANK[document.type] })

type Comparable = unknown

/** Order-insensitive where Meilisearch is (attribute sets, synonym lists); order-sensitive for ranking and searchable priority. */
const ORDERED = new Set(['searchableAttributes', 'rankingRules'])

const canonical = (value: Comparable, ordered: boolean): Comparable => {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, false))
    return ordered ? items : [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, inner]) => inner !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, canonical(inner, false)]),
    )
  }
  return value
}

/** Compared whole: a synonym left over on the server from an older setting must go. */
const WHOLE = new Set(['synonyms'])

/** True when everything `wanted` says is already so in `current` (extra keys in `current` are left alone). */
const covers = (current: Comparable, wanted: Comparable): boolean => {
  if (wanted && typeof wanted === 'object' && !Array.isArray(wanted)) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return false
    return Object.entries(wanted as Record<string, unknown>).every(([key, inner]) => covers((current as Record<string, unknown>)[key], inner))
  }
  return JSON.stringify(current) === JSON.stringify(wanted)
}

/** The settings whose current value differs from the wanted one: empty when nothing needs applying. */
export const settingsDiff = (current: Settings, wanted: Settings = SEARCH_SETTINGS): Settings => {
  const diff: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(wanted)) {
    const ordered = ORDERED.has(key)
    const have = canonical((current as Record<string, unknown>)[key], ordered)
    const want = canonical(value, ordered)
    const same = WHOLE.has(key) ? JSON.stringify(have) === JSON.stringify(want) : covers(have, want)
    if (!same) diff[key] = value
  }
  return diff
}
