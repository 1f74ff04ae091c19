import { describe, expect, it } from 'vitest'

import { safeHighlight } from '../../search/client/highlight'
import { paramsFromRequest, requestFromParams } from '../../search/client/request'
import { correctQuery, correctTerm, editDistance, oneEditApart } from '../../search/client/typoCorrection'
import { buildPostings } from '../../search/static/postings'
import { stem } from '../../search/static/terms'
import { buildVocabulary, type ShardKey, shardFileName, vocabularyFiles, wordsOf } from '../../search/static/vocabulary'

const vocabulary = buildVocabulary(['Consultation on the skate park', 'Another consultation about parking', 'A constellation of lights', 'Café opening hours'])
const files = vocabularyFiles(vocabulary)
const fetched: string[] = []
const loadShard = (key: ShardKey) => {
  fetched.push(shardFileName(key))
  return Promise.resolve(files.get(shardFileName(key)) ?? {})
}

describe('the static index’s typo correction', () => {
  it('knows one edit: a letter added, dropped, changed, or two neighbours swapped', () => {
    expect(oneEditApart('consutlation', 'consultation')).toBe(true)
    expect(oneEditApart('consultaton', 'consultation')).toBe(true)
    expect(oneEditApart('consulltation', 'consultation')).toBe(true)
    expect(oneEditApart('consultatiun', 'consultation')).toBe(true)
    expect(oneEditApart('cnosutlation', 'consultation')).toBe(false)
    expect(oneEditApart('park', 'park')).toBe(false)
  })

  it('keeps words by length with how many documents use them, folding case and accents', () => {
    expect(vocabulary.get(12)).toEqual({ consultation: 2 })
    expect(vocabulary.get(4)).toEqual({ park: 1, cafe: 1 })
    expect(vocabulary.get(3)).toEqual({ the: 1 })
    expect(wordsOf('Café, “LDP”!')).toEqual(['cafe', 'ldp'])
  })

  it('files each word of a length under its first letter and under its last, so a known word costs one small file', async () => {
    expect(files.get('first/7-p.json')).toEqual({ parking: 1 })
    expect(files.get('last/7-g.json')).toEqual({ parking: 1, opening: 1 })
    fetched.length = 0
    expect(await correctTerm('parking', loadShard)).toBeNull()
    expect(fetched).toEqual(['first/7-p.json'])
  })

  it('counts edits, swaps of neighbours included, and stops counting past the limit', () => {
    expect(editDistance('consutlaton', 'consultation', 2)).toBe(2)
    expect(editDistance('parking', 'parking', 2)).toBe(0)
    expect(editDistance('brbckyhithe', 'brackenhithe', 2)).toBe(3)
    expect(editDistance('cafe', 'consultation', 2)).toBe(3)
  })

  it('corrects two typos in a long word when nothing is one edit away, never in a short one', async () => {
    expect(await correctTerm('consutlaton', loadShard)).toBe('consultation')
    expect(await correctTerm('cnsultatoin', loadShard)).toBe('consultation')
    expect(await correctTerm('prkng', loadShard)).toBeNull()
  })

  it('corrects a typo in the first letter or in the last, from the shards of the letter kept', async () => {
    expect(await correctTerm('barking', loadShard)).toBe('parking')
    expect(await correctTerm('parkinf', loadShard)).toBe('parking')
    expect(await correctTerm('arking', loadShard)).toBe('parking')
  })

  it('corrects an unknown word to the most used word one edit away', async () => {
    expect(await correctTerm('consutlation', loadShard)).toBe('consultation')
    expect(await correctTerm('parkng', loadShard)).toBe('parking')
  })

  it('leaves known, short and numeric words alone', async () => {
    expect(await correctTerm('consultation', loadShard)).toBeNull()
    expect(await correctTerm('prk', loadShard)).toBeNull()
    expect(await correctTerm('2025', loadShard)).toBeNull()
    expect(await correctTerm('zzzzzz', loadShard)).toBeNull()
  })

  it('rewrites only the words that need it, and says when nothing changed', async () => {
    expect(await correctQuery('Skate consutlation', loadShard)).toBe('skate consultation')
    expect(await correctQuery('skate park', loadShard)).toBeNull()
  })
})

describe('search results on the page', () => {
  it('show matches marked, and nothing else as markup', () => {
    expect(safeHighlight('the <mark>bus</mark> <script>alert(1)</script> &amp; more')).toBe(
      'the <mark>bus</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
    )
    expect(safeHighlight('<mark onclick="x">no</mark>')).toBe('&lt;mark onclick=&quot;x&quot;&gt;no</mark>')
  })

  it('keep a search in its address, dropping what is not a search', () => {
    const request = requestFromParams(new URLSearchParams('q=LDP&type=plan&type=nonsense&community=Kestwick&year=20x5&page=-3'))
    expect(request).toEqual({ query: 'LDP', type: ['plan'], community: 'Kestwick', theme: null, partner: null, year: null, page: 1 })
    expect(paramsFromRequest({ ...request, page: 2 }).toString()).toBe('q=LDP&type=plan&community=Kestwick&page=2')
  })

  it('index each document’s words, synonyms and places with their scores, and its facet values apart', () => {
    const { shards, records, facets } = buildPostings([
      {
        id: 'x',
        source: 'plans:1',
        type: 'plan',
        title: 'A <b> plan',
        excerpt: 'e',
        text: 'Supports the Local Development Plan',
        url: '/plans/a/',
        community: ['Kestwick'],
        cluster: null,
        theme: ['Transport'],
        partner: ['Testshire Council'],
        year: 2025,
        status: null,
        updated: '',
      },
    ])
    expect(shards.get('ldp')?.ldp).toEqual([0, expect.any(Number)])
    expect(shards.get('kes')?.kestwick).toEqual([0, expect.any(Number)])
    // A title word outweighs the same word in the text.
    expect(shards.get('pla')!.plan![1]).toBeGreaterThan(0)
    expect(records[0]).toEqual({
      url: '/plans/a/',
      title: 'A <b> plan',
      type: 'plan',
      place: 'Kestwick',
      status: '',
      text: 'e Supports the Local Development Plan',
    })
    expect(facets.values).toEqual({ type: ['plan'], community: ['Kestwick'], theme: ['Transport'], partner: ['Testshire Council'], year: ['2025'] })
    expect(facets.documents).toEqual([[[0], [0], [0], [0], [0]]])
  })

  it('take plural endings off, the same way when indexing and searching', () => {
    expect(['consultations', 'houses', 'communities', 'churches', 'bus', 'gas', 'status'].map(stem)).toEqual([
      'consultation',
      'house',
      'community',
      'church',
      'bus',
      'gas',
      'status',
    ])
  })
})
