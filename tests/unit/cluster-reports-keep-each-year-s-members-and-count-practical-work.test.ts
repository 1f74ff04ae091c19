import { describe, expect, it } from 'vitest'

import { annualReport } from '../../cms/reports/annualReport'
import { type PracticalSource, engagementIn, planProgressIn } from '../../cms/reports/practicalWork'
import { indexReports, reportYears } from '../../cms/reports/reportIndex'
import type { ReportLog, ReportSource } from '../../cms/reports/types'

const log = (id: number, community: number, date: string): ReportLog => ({
  id,
  title: `Entry ${id}`,
  community,
  date,
  partner: 1,
  kind: 'led-delivery',
  method: 'joint-working',
  moneyInfluenced: 100,
  partnerConfirmation: { status: 'confirmed' },
})

const before: ReportSource = {
  partners: [{ id: 1, name: 'County' }],
  communities: [
    { id: 11, name: 'Ashby' },
    { id: 12, name: 'Burwell' },
    { id: 13, name: 'Carlton' },
  ],
  clusters: [{ id: 21, name: 'Vale', members: [11, 12] }],
  logs: [
    log(1, 11, '2025-03-01T12:00:00.000Z'),
    log(2, 12, '2025-05-01T12:00:00.000Z'),
    log(3, 13, '2025-07-01T12:00:00.000Z'),
    log(4, 13, '2026-04-01T12:00:00.000Z'),
  ],
}

/** Carlton joins in March 2026; Burwell leaves at the end of 2025 and stays in the dated list. */
const after: ReportSource = {
  ...before,
  clusters: [
    {
      id: 21,
      name: 'Vale',
      members: [11, 13],
      membership: [
        { community: 13, joined: '2026-03-01T12:00:00.000Z' },
        { community: 12, joined: '2020-01-01T12:00:00.000Z', left: '2025-12-31T12:00:00.000Z' },
      ],
    },
  ],
}

const vale = { type: 'cluster', id: 21 } as const

describe('cluster membership over time', () => {
  it('leaves the 2025 report unchanged when a community joins in 2026 and another leaves after 2025', () => {
    const report2025 = (source: ReportSource) => annualReport(indexReports(source), vale, 2025)
    expect(report2025(after)).toEqual(report2025(before))
    expect(report2025(after).entries.map((entry) => entry.log.id)).toEqual([1, 2])
  })

  it('counts the newcomer from the year it joined, and not the member who left', () => {
    expect(annualReport(indexReports(after), vale, 2026).entries.map((entry) => entry.log.id)).toEqual([4])
    expect(annualReport(indexReports(before), vale, 2026).entries).toEqual([])
    expect(reportYears(indexReports(after), vale)).toEqual([2026, 2025])
    expect(reportYears(indexReports(before), vale)).toEqual([2025])
  })
})

const update = (date: string, status: 'not-started' | 'in-progress' | 'done' | 'stalled') => ({ date: `${date}T12:00:00.000Z`, status })

const practical: PracticalSource = {
  clusters: [{ id: 21, name: 'Vale', members: [11, 12], membership: [{ community: 12, joined: '2026-01-10T12:00:00.000Z' }] }],
  plans: [
    {
      id: 1,
      title: 'Ashby Plan',
      community: 11,
      actions: [
        { title: 'Done in 2025, started 2024', updates: [update('2024-05-01', 'in-progress'), update('2025-02-01', 'done')] },
        { title: 'Started and stalled in 2025', updates: [update('2025-03-01', 'in-progress'), update('2025-09-01', 'stalled')] },
        {
          title: 'Stalled then moved on in 2025',
          updates: [update('2024-03-01', 'in-progress'), update('2025-04-01', 'stalled'), update('2025-10-01', 'in-progress')],
        },
        { title: 'No updates', updates: [] },
      ],
    },
    { id: 2, title: 'Burwell Plan', community: 12, actions: [{ title: 'Burwell done', updates: [update('2025-06-01', 'done')] }] },
    {
      id: 3,
      title: 'Vale Plan',
      cluster: 21,
      actions: [{ title: 'Joint, for Ashby', communities: [11], updates: [update('2025-01-15', 'in-progress')] }],
    },
  ],
  consultations: [
    {
      id: 1,
      title: 'Ashby 2025',
      closesAt: '2025-04-01T12:00:00.000Z',
      communities: [11],
      results: { responses: 30, byChannel: { online: 20, paper: 8, event: 2 } },
    },
    { id: 2, title: 'Vale 2025', closesAt: '2025-11-01T12:00:00.000Z', cluster: 21, results: { responses: 50, byChannel: { online: 40, paper: 5, event: 5 } } },
    {
      id: 3,
      title: 'Burwell 2025',
      closesAt: '2025-08-01T12:00:00.000Z',
      communities: [12],
      results: { responses: 7, byChannel: { online: 7, paper: 0, event: 0 } },
    },
    { id: 4, title: 'Ashby open', closesAt: '2025-12-31T10:00:00.000Z', communities: [11], results: null },
    {
      id: 5,
      title: 'Ashby 2024',
      closesAt: '2024-04-01T12:00:00.000Z',
      communities: [11],
      results: { responses: 99, byChannel: { online: 99, paper: 0, event: 0 } },
    },
  ],
}

describe('plan progress and engagement in a year', () => {
  it('counts actions completed, started and stalled from their dated updates, joint-plan actions included for the communities they name', () => {
    expect(planProgressIn(practical, { type: 'community', id: 11 }, 2025)).toEqual({ completed: 1, started: 2, stalled: 1 })
    expect(planProgressIn(practical, { type: 'district' }, 2025)).toEqual({ completed: 2, started: 3, stalled: 1 })
    expect(planProgressIn(practical, { type: 'community', id: 11 }, 2024)).toEqual({ completed: 0, started: 2, stalled: 0 })
  })

  it('counts a cluster’s own plan and its members’ plans, with that year’s members only', () => {
    expect(planProgressIn(practical, { type: 'cluster', id: 21 }, 2025)).toEqual({ completed: 1, started: 2, stalled: 1 })
    expect(engagementIn(practical, { type: 'cluster', id: 21 }, 2025)).toEqual({
      consultations: 3,
      responses: 80,
      byChannel: { online: 60, paper: 13, event: 7 },
    })
  })

  it('counts consultations closed in the year and their responses by channel', () => {
    expect(engagementIn(practical, { type: 'community', id: 11 }, 2025)).toEqual({
      consultations: 2,
      responses: 30,
      byChannel: { online: 20, paper: 8, event: 2 },
    })
    expect(engagementIn(practical, { type: 'district' }, 2025)).toEqual({ consultations: 4, responses: 87, byChannel: { online: 67, paper: 13, event: 7 } })
  })
})
