import { describe, expect, it } from 'vitest'

import { SEARCH_SETTINGS, settingsDiff } from '../../search/settings'
import { SYNONYM_GROUPS, meilisearchSynonyms, synonymsFor } from '../../search/synonyms'

/** What Meilisearch answers after the settings were applied: other key order, sets in its own order, defaults filled in. */
const asTheServerReturnsThem = () => ({
  ...SEARCH_SETTINGS,
  filterableAttributes: [...SEARCH_SETTINGS.filterableAttributes].reverse(),
  sortableAttributes: [...SEARCH_SETTINGS.sortableAttributes].reverse(),
  typoTolerance: { ...SEARCH_SETTINGS.typoTolerance, disableOnNumbers: false },
  synonyms: Object.fromEntries(
    Object.entries(SEARCH_SETTINGS.synonyms)
      .reverse()
      .map(([term, others]) => [term, [...others].reverse()]),
  ),
  stopWords: [],
  distinctAttribute: null,
})

describe('search settings', () => {
  it('need nothing applied when the server already has them, whatever order it lists sets in', () => {
    expect(settingsDiff(asTheServerReturnsThem())).toEqual({})
  })

  it('apply everything to a new index', () => {
    expect(Object.keys(settingsDiff({})).sort()).toEqual(Object.keys(SEARCH_SETTINGS).sort())
  })

  it('apply the searchable attributes and ranking rules again when only their order differs: order is priority', () => {
    const current = { ...asTheServerReturnsThem(), searchableAttributes: ['text', 'title', 'excerpt', 'community', 'cluster'] }
    expect(settingsDiff(current)).toEqual({ searchableAttributes: SEARCH_SETTINGS.searchableAttributes })
  })

  it('replace synonyms that are no longer defined', () => {
    const current = { ...asTheServerReturnsThem(), synonyms: { ...SEARCH_SETTINGS.synonyms, obsolete: ['gone'] } }
    expect(settingsDiff(current)).toEqual({ synonyms: SEARCH_SETTINGS.synonyms })
  })

  it('notice a changed typo rule', () => {
    const current = { ...asTheServerReturnsThem(), typoTolerance: { ...SEARCH_SETTINGS.typoTolerance, enabled: false } }
    expect(settingsDiff(current)).toEqual({ typoTolerance: SEARCH_SETTINGS.typoTolerance })
  })
})

describe('synonyms for UK planning words', () => {
  it('map every term of a group to all the others, for Meilisearch', () => {
    const synonyms = meilisearchSynonyms([['ldp', 'local development plan']])
    expect(synonyms).toEqual({ ldp: ['local development plan'], 'local development plan': ['ldp'] })
    expect(meilisearchSynonyms().ldp).toEqual(expect.arrayContaining(['local development plan']))
    expect(meilisearchSynonyms()['network operator']).toContain('dno')
    expect(meilisearchSynonyms().nhs).toContain('health board')
    expect(meilisearchSynonyms()['parish council']).toContain('community council')
  })

  it('give the static index the terms a text does not use but means', () => {
    expect(synonymsFor('It supports the Harrowdale Local Development Plan 2024–2039.')).toEqual(expect.arrayContaining(['ldp']))
    expect(synonymsFor('The Parish Council met the network operator.')).toEqual(expect.arrayContaining(['community council', 'dno']))
    expect(synonymsFor('Nothing to expand here about a bus.')).toEqual([])
    expect(synonymsFor('development planning')).toEqual([])
  })

  it('keep every group free of duplicates', () => {
    for (const group of SYNONYM_GROUPS) expect(new Set(group).size).toBe(group.length)
  })
})
