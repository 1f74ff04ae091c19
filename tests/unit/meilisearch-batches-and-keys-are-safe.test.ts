import { describe, expect, it } from 'vitest'

import { inBatches } from '../../search/batches'
import { meiliFilter } from '../../search/client/meiliEngine'
import { meiliConfig } from '../../search/meilisearch/config'
import { maskKey, searchKeyProblems, searchKeyRequest, searchKeyUid } from '../../search/meilisearch/keys'
import { withoutSecrets } from '../../search/siteBuild'

describe('Meilisearch batching', () => {
  it('splits documents into batches in order, the last one short', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(inBatches([], 1000)).toEqual([])
    expect(() => inBatches([1], 0)).toThrow(/at least 1/)
  })
})

describe('the search-only key', () => {
  it('is requested for searching one index only, with a uid fixed per index so every reindex keeps the same key', () => {
    expect(searchKeyRequest('folkmoot')).toMatchObject({ uid: searchKeyUid('folkmoot'), actions: ['search'], indexes: ['folkmoot'], expiresAt: null })
    expect(searchKeyUid('folkmoot')).toBe(searchKeyUid('folkmoot'))
    expect(searchKeyUid('folkmoot_test_1')).not.toBe(searchKeyUid('folkmoot'))
    for (const index of ['folkmoot', 'folkmoot_bench', 'x'])
      expect(searchKeyUid(index)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('is refused for browsers when it can do more than search one index, or expires soon', () => {
    const safe = { actions: ['search'], indexes: ['folkmoot'], expiresAt: null as unknown as Date }
    expect(searchKeyProblems(safe, 'folkmoot')).toEqual([])
    expect(searchKeyProblems({ ...safe, actions: ['search', 'documents.add'] }, 'folkmoot')).toEqual([expect.stringContaining('documents.add')])
    expect(searchKeyProblems({ ...safe, actions: ['*'] }, 'folkmoot').length).toBeGreaterThan(0)
    expect(searchKeyProblems({ ...safe, indexes: ['*'] }, 'folkmoot')).toEqual([expect.stringContaining('other than')])
    expect(searchKeyProblems({ ...safe, indexes: ['other'] }, 'folkmoot').length).toBe(2)
    expect(searchKeyProblems({ ...safe, expiresAt: new Date(Date.now() + 60_000) }, 'folkmoot')).toEqual(['it expires within a week'])
  })

  it('is never printed whole', () => {
    expect(maskKey('d0552b41536279a0ad88bd595327b96f01176a60c2243e906c52ac02375f9bc4')).toBe('d055…9bc4')
    expect(maskKey('short')).toBe('********')
  })
})

describe('Meilisearch settings from the environment', () => {
  it('are off without MEILI_URL, and name the index and public address otherwise', () => {
    expect(meiliConfig({})).toBeNull()
    expect(meiliConfig({ MEILI_URL: '  ' })).toBeNull()
    expect(meiliConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'master' })).toEqual({
      url: 'http://127.0.0.1:7700',
      masterKey: 'master',
      index: 'folkmoot',
      publicUrl: 'http://127.0.0.1:7700',
    })
    expect(meiliConfig({ MEILI_URL: 'http://meili:7700', MEILI_PUBLIC_URL: 'https://search.example.org', MEILI_INDEX: 'harrowdale' })).toMatchObject({
      index: 'harrowdale',
      publicUrl: 'https://search.example.org',
    })
  })

  it('keep the master key out of the site build’s environment', () => {
    const env = withoutSecrets({ MEILI_MASTER_KEY: 'master', MEILI_URL: 'http://x', SITE_OUT: 'dist' } as unknown as NodeJS.ProcessEnv)
    expect(env).toEqual({ MEILI_URL: 'http://x', SITE_OUT: 'dist' })
  })

  it('build filters that quote what people chose', () => {
    expect(
      meiliFilter({ query: 'x', type: ['plan', 'action'], community: 'Ottercombe "Magna"', theme: 'Transport', partner: 'Bus "Co"', year: '2025', page: 1 }),
    ).toEqual(['type IN ["plan", "action"]', 'community = "Ottercombe \\"Magna\\""', 'theme = "Transport"', 'partner = "Bus \\"Co\\""', 'year = 2025'])
    expect(meiliFilter({ query: 'x', type: [], community: null, theme: null, partner: null, year: '20; DROP', page: 1 })).toEqual([])
  })
})
