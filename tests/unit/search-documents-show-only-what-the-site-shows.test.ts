import { describe, expect, it } from 'vitest'

import { type SearchSource, documentId, excerptOf, plainText, searchDocuments } from '../../search/documents'

const T = '2026-05-01T10:00:00.000Z'
const source = {
  communities: [
    { id: 1, name: 'Kestwick', slug: 'kestwick', kind: 'town', summary: 'A market town on the Wend.', updatedAt: T },
    { id: 2, name: 'Brackenhithe', slug: 'brackenhithe', kind: 'parish', summary: 'A valley parish.', updatedAt: T },
    { id: 3, name: 'Wrenfold', slug: 'wrenfold', kind: 'village', summary: 'A hill village.', updatedAt: T },
  ],
  clusters: [{ id: 7, name: 'Wend Valley Parishes', slug: 'wend-valley', summary: null, members: [3, 2], updatedAt: T }],
  partners: [{ id: 20, name: 'Harrowdale District Council' }],
  strategies: [{ id: 30, name: 'Harrowdale Local Development Plan 2024–2039' }],
  plans: [
    {
      id: 40,
      title: 'Kestwick Town Plan',
      slug: 'kestwick-town-plan',
      community: 1,
      cluster: null,
      period: { startYear: 2024, endYear: 2029 },
      supersededBy: null,
      vision: '<p>A town where &amp; everyone <strong>walks</strong>.</p>',
      priorities: [{ theme: 'housing', summary: 'Homes for local people.' }],
      actions: [
        {
          id: 'a1b2',
          title: 'Housing needs survey',
          description: 'Count who needs a home.',
          theme: 'housing',
          leadGroup: 'Kestwick Partnership',
          status: 'in-progress',
          progress: 40,
          partners: [20],
          strategy: 30,
          targetDate: '2027-03-01T00:00:00.000Z',
        },
      ],
      updatedAt: T,
    },
    {
      id: 41,
      title: 'Wend Valley Plan',
      slug: 'wend-valley-plan',
      community: null,
      cluster: 7,
      period: { startYear: 2025, endYear: 2030 },
      supersededBy: null,
      vision: '',
      priorities: [],
      actions: [],
      updatedAt: T,
    },
  ],
  consultations: [
    {
      id: 50,
      title: 'Skate park',
      slug: 'skate-park',
      communities: [1],
      cluster: null,
      summary: 'What should replace it?',
      opensAt: '2026-04-01T09:00:00.000Z',
      closesAt: '2026-06-01T09:00:00.000Z',
      questions: [{ prompt: 'Which design?', hint: 'Pick one' }],
      feedback: { youSaid: 'Secret draft feedback', weDid: 'Not yet', reportedAt: null },
      updatedAt: T,
    },
  ],
  guidance: [
    {
      id: 60,
      title: 'Run a survey',
      slug: 'run-a-survey',
      summary: 'Ask well.',
      topics: ['survey'],
      steps: [{ heading: 'Plan it', body: '<p>Decide what you need.</p>', checklist: [{ item: 'Agree a date' }] }],
      updatedAt: T,
    },
  ],
  influenceLogs: [
    {
      id: 70,
      title: 'Crossing agreed',
      community: 1,
      cluster: null,
      date: '2025-09-01T00:00:00.000Z',
      partner: 20,
      whatChanged: 'The council agreed a crossing.',
      outputs: [{ text: 'Crossing' }],
      outcomes: [],
      celebrate: true,
      partnerConfirmation: { status: 'confirmed' },
      updatedAt: T,
    },
    {
      id: 71,
      title: 'Working note',
      community: 1,
      cluster: null,
      date: '2025-09-02T00:00:00.000Z',
      partner: 20,
      whatChanged: 'Not for the public pages.',
      outputs: [],
      outcomes: [],
      celebrate: false,
      updatedAt: T,
    },
    {
      id: 72,
      title: 'Valley energy',
      community: null,
      cluster: 7,
      date: '2024-02-01T00:00:00.000Z',
      partner: 20,
      whatChanged: 'Solar agreed.',
      celebrate: true,
      updatedAt: T,
    },
  ],
} as unknown as SearchSource

const documents = searchDocuments(source, new Date('2026-05-10T00:00:00.000Z'))
const byId = (id: string) => documents.find((document) => document.id === id)

describe('search documents', () => {
  it('make one document per community, cluster, plan, action, consultation, toolkit, step and celebrated achievement', () => {
    expect(documents.map((document) => document.type).sort()).toEqual(
      ['achievement', 'achievement', 'action', 'cluster', 'community', 'community', 'community', 'consultation', 'guidance', 'guidance', 'plan', 'plan'].sort(),
    )
  })

  it('never include an influence log the site does not celebrate', () => {
    expect(documents.some((document) => document.title === 'Working note')).toBe(false)
  })

  it('carry the common fields, with links to the pages and anchors the site builds', () => {
    expect(byId('plans-40-action-a1b2')).toEqual({
      id: 'plans-40-action-a1b2',
      source: 'plans:40',
      type: 'action',
      title: 'Housing needs survey',
      excerpt: 'Count who needs a home.',
      text: 'Count who needs a home. Housing Kestwick Partnership Harrowdale District Council Harrowdale Local Development Plan 2024–2039 Kestwick Town Plan',
      url: '/plans/kestwick-town-plan/#action-a1b2',
      community: ['Kestwick'],
      cluster: null,
      theme: ['Housing'],
      partner: ['Harrowdale District Council'],
      year: 2027,
      status: 'In progress',
      updated: T,
    })
    expect(byId('influence-logs-70')?.url).toBe('/achievements/entry/70/')
    expect(byId('influence-logs-72')?.url).toBe('/achievements/entry/72/')
    expect(byId('guidance-60-step-1')).toMatchObject({
      url: '/guidance/run-a-survey/1/',
      title: 'Run a survey, step 1: Plan it',
      text: 'Decide what you need. Agree a date',
    })
  })

  it('file a cluster’s content under every member community, so a place filter finds it', () => {
    expect(byId('plans-41')).toMatchObject({ community: ['Brackenhithe', 'Wrenfold'], cluster: 'Wend Valley Parishes' })
    expect(byId('influence-logs-72')?.community).toEqual(['Brackenhithe', 'Wrenfold'])
  })

  it('leave out consultation feedback until it is published, and record the phase when indexed', () => {
    expect(byId('consultations-50')?.text).not.toContain('Secret draft feedback')
    expect(byId('consultations-50')).toMatchObject({ status: 'Open now', year: 2026 })
  })

  it('turn rich text into plain words and keep excerpts short', () => {
    expect(plainText('<p>A town where &amp; everyone <strong>walks</strong>.</p>')).toBe('A town where & everyone walks .')
    expect(excerptOf('word '.repeat(100), 50).length).toBeLessThanOrEqual(51)
    expect(excerptOf('Short.')).toBe('Short.')
  })

  it('make ids Meilisearch accepts from SQLite and MongoDB ids alike', () => {
    expect(documentId('plans', 12)).toBe('plans-12')
    expect(documentId('influence-logs', '65f0c1d2e3a4b5c6d7e8f901', 'step-2')).toBe('influence-logs-65f0c1d2e3a4b5c6d7e8f901-step-2')
    expect(documentId('plans', 'a:b/c')).toMatch(/^[A-Za-z0-9_-]+$/)
    for (const document of documents) expect(document.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/)
  })
})
