import { gunzipSync } from 'node:zlib'

import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { excerptOf, type WeightedLocation } from '../../search/client/excerpt'
import { bestPartialMatches } from '../../search/client/partialMatches'
import type { SearchDocument } from '../../search/documents'
import { recordHtml } from '../../search/static/buildIndex'

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

/** The record as Pagefind stores it for the browser: what the page makes a snippet from. */
const indexedRecord = async (document: SearchDocument): Promise<{ content: string; meta: Record<string, string> }> => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' })
  await index!.addHTMLFile({ url: document.url, content: recordHtml(document) })
  const { files } = await index!.getFiles()
  const fragment = files.find((file) => file.path.includes('fragment/'))!
  return JSON.parse(
    gunzipSync(fragment.content)
      .toString()
      .replace(/^pagefind_dcd/, ''),
  ) as { content: string; meta: Record<string, string> }
}
afterAll(() => pagefind.close())

/** Where Pagefind would report `word` in the content (every occurrence, score 1). */
const locationsOf = (content: string, word: string): WeightedLocation[] =>
  content.split(/\s+/).flatMap((each, location) => (each.toLowerCase().replace(/[^a-z]/g, '') === word ? [{ location, balanced_score: 1 }] : []))

const plain = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/ ?… ?/g, ' ')
    .trim()

describe('snippets under static search results', () => {
  it('show the matched words in the document’s own text, marked', async () => {
    const { content, meta } = await indexedRecord(plan)
    const snippet = excerptOf(content, locationsOf(content, 'crossing'), Number(meta.keywords), 12)
    expect(snippet).toContain('<mark>crossing</mark>')
    expect(`${plan.excerpt} ${plan.text}`).toContain(plain(snippet).replace(/\.$/, ''))
  })

  it('never show the place names and synonyms indexed with a document, even when they are what matched', async () => {
    const { content, meta } = await indexedRecord(plan)
    // Indexed, so the document is found by them...
    expect(content).toMatch(/Upper Vale/)
    expect(content).toMatch(/ldp/i)
    for (const word of ['vale', 'ldp', 'brackenhithe']) {
      const snippet = excerptOf(content, locationsOf(content, word), Number(meta.keywords), 28)
      // ...but the snippet is the start of its own text, with nothing marked that is not there.
      expect(snippet, word).not.toMatch(/Upper Vale|LDP|Brackenhithe|<mark>/i)
      expect(plain(snippet)).toMatch(/^Kestwick walking routes\.? Safer walking routes/)
    }
  })

  it('escape what the text holds and mark only matches', () => {
    expect(excerptOf('A <b>bold</b> crossing', [{ location: 2, balanced_score: 1 }], 0, 10)).toBe('A &lt;b&gt;bold&lt;/b&gt; <mark>crossing</mark>')
  })
})

describe('partial matches when no document has every word', () => {
  it('rank documents by how many of the words they have, then by score, keeping every search’s result', () => {
    const ranked = bestPartialMatches([
      [
        { id: 'a', score: 5 },
        { id: 'b', score: 1 },
      ],
      [
        { id: 'c', score: 9 },
        { id: 'b', score: 1 },
      ],
      [
        { id: 'b', score: 1 },
        { id: 'a', score: 1 },
      ],
    ])
    expect(ranked.map((results) => results[0]!.id)).toEqual(['b', 'a', 'c'])
    expect(ranked[0]).toHaveLength(3)
  })

  it('find nothing only when no word finds anything', () => {
    expect(bestPartialMatches([[], []])).toEqual([])
  })
})
