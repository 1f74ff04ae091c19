import { describe, expect, it } from 'vitest'

import { excerptOf, type WeightedLocation } from '../../search/client/excerpt'
import { bestPartialMatches } from '../../search/client/partialMatches'
import type { SearchDocument } from '../../search/documents'
import { buildPostings } from '../../search/static/postings'

const plan: SearchDocument = {
  id: 'plan-1',
  source: 'plans:1',
  type: 'plan',
  title: 'Kestwick walking routes',
  excerpt: 'Safer walking routes to school.',
  text: 'The plan supports the Local Development Plan and asks for a crossing by the school gates, with lower speed limits on the lanes around the green.',
  url: '/plans/kestwick-walking-routes/',
  community: ['Kestwick', 'Brackenhithe'],
  cluster: 'Upper Vale',
  theme: ['Transport'],
  partner: [],
  year: 2025,
  status: 'current',
  updated: '',
}

/** Where the page would find `word` in a text (every occurrence, score 1). */
const locationsOf = (text: string, word: string): WeightedLocation[] =>
  text.split(/\s+/).flatMap((each, location) => (each.toLowerCase().replace(/[^a-z]/g, '') === word ? [{ location, balanced_score: 1 }] : []))

const plain = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/ ?… ?/g, ' ')
    .trim()

describe('snippets under static search results', () => {
  const { shards, records } = buildPostings([plan])
  const text = records[0]!.text

  it('show the matched words in the document’s own text, marked', () => {
    const snippet = excerptOf(text, locationsOf(text, 'crossing'), 12)
    expect(snippet).toContain('<mark>crossing</mark>')
    expect(snippet).toMatch(/^… /)
    expect(`${plan.excerpt} ${plan.text}`).toContain(plain(snippet))
  })

  it('never show the place names and synonyms a document is found by', () => {
    // Found by them...
    for (const [shard, term] of [
      ['upp', 'upper'],
      ['ldp', 'ldp'],
      ['bra', 'brackenhithe'],
    ] as const)
      expect(shards.get(shard)?.[term], term).toBeDefined()
    // ...but its record, which snippets are cut from, holds only its own words.
    expect(text).not.toMatch(/Upper Vale|LDP|Brackenhithe/i)
    const snippet = excerptOf(text, [], 28)
    expect(plain(snippet)).toMatch(/^Safer walking routes to school\. The plan supports/)
    expect(snippet).not.toContain('<mark>')
  })

  it('escape what the text holds and mark only matches', () => {
    expect(excerptOf('A <b>bold</b> crossing', [{ location: 2, balanced_score: 1 }], 10)).toBe('A &lt;b&gt;bold&lt;/b&gt; <mark>crossing</mark>')
  })
})

describe('partial matches when no document has every word', () => {
  it('rank documents by how many of the words they have, then by score, keeping every search’s result', () => {
    const ranked = bestPartialMatches([
      [
        { id: 1, score: 5 },
        { id: 2, score: 1 },
      ],
      [
        { id: 3, score: 9 },
        { id: 2, score: 1 },
      ],
      [
        { id: 2, score: 1 },
        { id: 1, score: 1 },
      ],
    ])
    expect(ranked.map((results) => results[0]!.id)).toEqual([2, 1, 3])
    expect(ranked[0]).toHaveLength(3)
  })

  it('find nothing only when no word finds anything', () => {
    expect(bestPartialMatches([[], []])).toEqual([])
  })
})
