import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { OPEN_DATA_SETS, openDataCsv } from '../../cms/export/openDataSets'
import { tarGz } from '../../cms/lib/tarGz'
import { actionsNaming, actionsSupporting, confirmationOf, influenceOn, moneyByYear } from '../../site/lib/partners'
import { actionLastUpdated, influenceAdvancing, planLastUpdated, timelineOf } from '../../site/lib/progress'
import type { SiteSnapshot } from '../../site/lib/snapshot'
import { themesAcrossDistrict } from '../../site/lib/themes'
import { parseCsv } from '../support/parseCsv'

const update = (date: string, status: string, progress: number, note = 'Something happened.') => ({ date: `${date}T12:00:00.000Z`, status, progress, note })

/** A small district: two communities, one cluster, two partners, a current and a replaced plan. */
const snapshot = {
  generatedAt: '2026-06-01T00:00:00.000Z',
  communities: [
    { id: 1, name: 'Ashby', slug: 'ashby', kind: 'village' },
    { id: 2, name: 'Burwell', slug: 'burwell', kind: 'parish', evidence: [] },
  ],
  clusters: [{ id: 10, name: 'Vale', slug: 'vale', approach: 'joint-plan', members: [1, 2] }],
  partners: [
    { id: 20, name: 'County', slug: 'county', kind: 'council' },
    { id: 21, name: 'Buses', slug: 'buses', kind: 'transport' },
  ],
  strategies: [{ id: 30, name: 'Transport Plan', slug: 'transport-plan', partner: 20, kind: 'local-transport-plan' }],
  plans: [
    {
      id: 40,
      title: 'Ashby Plan',
      slug: 'ashby-plan',
      community: 1,
      period: { startYear: 2025, endYear: 2030 },
      updatedAt: '2025-02-01T00:00:00.000Z',
      priorities: [{ theme: 'transport' }, { theme: 'health' }],
      actions: [
        {
          id: 'a1',
          title: 'Later bus',
          theme: 'transport',
          status: 'in-progress',
          progress: 60,
          partners: [20, 21],
          strategy: 30,
          updates: [update('2025-03-01', 'in-progress', 20), update('2025-09-01', 'in-progress', 60), update('2025-06-01', 'in-progress', 40)],
        },
        { id: 'a2', title: 'Clinic', theme: 'health', status: 'not-started', progress: 0, partners: [] },
      ],
    },
    {
      id: 41,
      title: 'Vale Plan',
      slug: 'vale-plan',
      cluster: 10,
      period: { startYear: 2025, endYear: 2030 },
      updatedAt: '2025-01-01T00:00:00.000Z',
      priorities: [{ theme: 'transport' }],
      actions: [{ id: 'v1', title: 'Valley bus', theme: 'transport', status: 'done', progress: 100, partners: [20], strategy: 30, communities: [1, 2] }],
    },
    {
      id: 42,
      title: 'Old Ashby Plan',
      slug: 'old-ashby-plan',
      community: 1,
      supersededBy: 40,
      period: { startYear: 2019, endYear: 2024 },
      updatedAt: '2024-01-01T00:00:00.000Z',
      priorities: [{ theme: 'heritage' }],
      actions: [{ id: 'o1', title: 'Clock', theme: 'heritage', status: 'done', progress: 100, partners: [20] }],
    },
  ],
  consultations: [],
  guidance: [],
  influenceLogs: [
    {
      id: 50,
      title: 'A',
      date: '2024-05-01',
      partner: 20,
      community: 1,
      kind: 'led-delivery',
      method: 'joint-working',
      moneyInfluenced: 100.5,
      partnerConfirmation: { status: 'confirmed' },
    },
    {
      id: 51,
      title: 'B',
      date: '2025-05-01',
      partner: 20,
      community: 1,
      kind: 'led-delivery',
      method: 'joint-working',
      moneyInfluenced: 0.2,
      partnerConfirmation: { status: 'confirmed' },
      advancedActions: [{ plan: 40, action: 'a1' }],
    },
    { id: 52, title: 'C', date: '2025-07-01', partner: 20, cluster: 10, kind: 'led-delivery', method: 'joint-working', moneyInfluenced: 0.1 },
    {
      id: 53,
      title: 'D',
      date: '2025-08-01',
      partner: 20,
      community: 1,
      kind: 'led-delivery',
      method: 'joint-working',
      moneyInfluenced: 999,
      partnerConfirmation: { status: 'disputed' },
    },
    { id: 54, title: 'E', date: '2025-08-01', partner: 21, community: 2, kind: 'led-delivery', method: 'joint-working' },
  ],
  achievementReports: [],
  media: [],
} as unknown as SiteSnapshot

const county = snapshot.partners[0]!
const ashbyPlan = snapshot.plans[0]!
const laterBus = ashbyPlan.actions![0]!

describe('a partner’s figures', () => {
  it('list every published action naming the partner, grouped by community or cluster A to Z', () => {
    expect(actionsNaming(snapshot, county).map((group) => [group.owner.name, group.actions.map(({ action }) => action.title)])).toEqual([
      ['Ashby', ['Later bus', 'Clock']],
      ['Vale', ['Valley bus']],
    ])
    expect(actionsSupporting(snapshot, snapshot.strategies[0]!).map(({ action }) => action.title)).toEqual(['Later bus', 'Valley bus'])
  })

  it('count the share of entries it confirmed out of all entries about it, silence included', () => {
    expect(confirmationOf(influenceOn(snapshot, county))).toEqual({ total: 4, confirmed: 2, disputed: 1, share: 0.5 })
    expect(confirmationOf([]).share).toBeNull()
  })

  it('add up money influenced by year in whole pence, leaving out disputed entries', () => {
    expect(moneyByYear(influenceOn(snapshot, county))).toEqual([
      { year: 2024, pence: 10050, entries: 1 },
      { year: 2025, pence: 30, entries: 2 },
    ])
  })
})

describe('progress over time', () => {
  it('orders an action’s updates newest first and dates the action and plan by the newest', () => {
    expect(timelineOf(laterBus).map((item) => item.progress)).toEqual([60, 40, 20])
    expect(actionLastUpdated(ashbyPlan, laterBus)).toBe('2025-09-01T12:00:00.000Z')
    expect(actionLastUpdated(ashbyPlan, ashbyPlan.actions![1]!)).toBe('2025-02-01T00:00:00.000Z')
    expect(planLastUpdated(ashbyPlan)).toBe('2025-09-01T12:00:00.000Z')
  })

  it('lists on an action the influence entries that name it', () => {
    expect(influenceAdvancing(snapshot, ashbyPlan, laterBus).map((log) => log.title)).toEqual(['B'])
    expect(influenceAdvancing(snapshot, ashbyPlan, ashbyPlan.actions![1]!)).toEqual([])
  })
})

describe('themes across the district', () => {
  it('gather current plans’ priorities and actions, leaving replaced plans out and unused themes last', () => {
    const themes = themesAcrossDistrict(snapshot)
    expect(themes.slice(0, 2).map((view) => [view.theme, view.priorities.map((item) => `${item.owner.name} #${item.rank}`), view.actions.length])).toEqual([
      ['transport', ['Ashby #1', 'Vale #1'], 2],
      ['health', ['Ashby #2'], 1],
    ])
    expect(themes.find((view) => view.theme === 'heritage')).toMatchObject({ priorities: [], actions: [] })
    expect(themes).toHaveLength(12)
  })
})

describe('open data', () => {
  it('writes every set’s rows under its documented columns, and reads back the same', () => {
    for (const set of OPEN_DATA_SETS) {
      const rows = set.rows(snapshot)
      for (const row of rows) expect(Object.keys(row), set.name).toEqual(set.columns.map((column) => column.name))
      const parsed = parseCsv(openDataCsv(set, snapshot))
      expect(parsed.slice(1).length, set.name).toBe(rows.length)
    }
    const actions = OPEN_DATA_SETS.find((set) => set.name === 'plan-actions')!.rows(snapshot)
    expect(actions[0]).toMatchObject({
      partners: 'County | Buses',
      strategy: 'Transport Plan',
      strategy_partner: 'County',
      updates: '3',
      last_update: '2025-09-01',
    })
    expect(actions.find((row) => row.id === 'v1')).toMatchObject({ owner_type: 'cluster', owner: 'Vale', member_communities: 'Ashby | Burwell' })
    const plans = OPEN_DATA_SETS.find((set) => set.name === 'plans')!.rows(snapshot)
    expect(plans.find((row) => row.slug === 'old-ashby-plan')).toMatchObject({ standing: 'replaced', replaced_by: 'Ashby Plan' })
    const entries = OPEN_DATA_SETS.find((set) => set.name === 'influence-entries')!.rows(snapshot)
    expect(entries.find((row) => row.id === '51')).toMatchObject({ advanced_actions: 'ashby-plan#action-a1', partner: 'County', money_influenced_gbp: '0.20' })
    expect(entries.find((row) => row.id === '53')).toMatchObject({ counted_in_totals: 'no' })
  })

  it('packs files into a tar.gz archive that the system’s tar unpacks unchanged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-tar-'))
    try {
      const files = [
        { name: 'set/a.csv', content: 'a,b\r\nÆthelflæd,2\r\n' },
        { name: 'set/empty.json', content: '' },
        { name: 'set/exactly-512.txt', content: 'x'.repeat(512) },
        { name: `set/${'n'.repeat(120)}.txt`, content: 'a name longer than the 100 bytes of a plain tar header' },
      ]
      fs.writeFileSync(path.join(dir, 'all.tar.gz'), tarGz(files, new Date('2026-01-01T00:00:00Z')))
      execFileSync('tar', ['-xzf', 'all.tar.gz'], { cwd: dir })
      for (const file of files) expect(fs.readFileSync(path.join(dir, file.name), 'utf8')).toBe(file.content)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
