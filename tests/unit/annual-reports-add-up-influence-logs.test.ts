import { describe, expect, it } from 'vitest'

import { annualReport } from '../../cms/reports/annualReport'
import { formatPence, poundsText, toPence } from '../../cms/shared/money'
import { openDataRows, toOpenDataCsv } from '../../cms/reports/openData'
import { indexReports, reportYears, yearOf } from '../../cms/reports/reportIndex'
import type { ReportLog, ReportSource } from '../../cms/reports/types'

type Fixture = Partial<ReportLog> & Pick<ReportLog, 'id' | 'date' | 'partner' | 'kind' | 'method'>
const log = (fields: Fixture): ReportLog => ({
  title: `Entry ${fields.id}`,
  outputs: [],
  outcomes: [],
  partnerConfirmation: { status: 'unconfirmed' },
  ...fields,
})
const texts = (...lines: string[]) => lines.map((text) => ({ text }))

/**
 * Hand-computed fixture. Partner 1 was renamed from "Wendshire Clinical Commissioning Group" to
 * "Wendshire Integrated Care Board" in the middle of 2025: it is still one partner document, so
 * the snapshot holds only its current name. Partner 3 is a different body that now carries the
 * old name. The cluster names Brackenhithe twice, as bad data might.
 */
const source: ReportSource = {
  partners: [
    { id: 1, name: 'Wendshire Integrated Care Board' },
    { id: 2, name: 'Harrowdale District Council' },
    { id: 3, name: 'Wendshire Clinical Commissioning Group' },
  ],
  communities: [
    { id: 11, name: 'Kestwick' },
    { id: 12, name: 'Brackenhithe' },
    { id: 13, name: 'Hobble End' },
  ],
  clusters: [{ id: 21, name: 'Wend Valley Parishes', members: [12, 13, 12] }],
  logs: [
    log({
      id: 1,
      community: 11,
      date: '2025-01-10T00:00:00.000Z',
      partner: 1,
      kind: 'led-delivery',
      method: 'relationships',
      outputs: texts('New clinic hours', 'Leaflet'),
      outcomes: texts('Fewer missed appointments'),
      moneyInfluenced: 1234.56,
      partnerConfirmation: { status: 'confirmed', respondedAt: '2025-02-01T10:00:00.000Z' },
    }),
    log({
      id: 2,
      community: 11,
      date: '2025-06-01T00:00:00.000Z',
      partner: { id: 1 },
      kind: 'changed-policy',
      method: 'written-plan',
      outputs: texts('Policy note'),
      moneyInfluenced: 0.1,
    }),
    log({
      id: 3,
      community: 11,
      date: '2025-08-01T00:00:00.000Z',
      partner: 2,
      kind: 'encouraged-others',
      method: 'joint-working',
      outputs: texts('Bench'),
      outcomes: texts('Older people rest on the walk into town'),
      moneyInfluenced: 0.2,
    }),
    log({
      id: 4,
      community: 11,
      date: '2025-09-01T00:00:00.000Z',
      partner: 2,
      kind: 'led-delivery',
      method: 'relationships',
      outputs: texts('Bus shelter'),
      moneyInfluenced: 5000,
      partnerConfirmation: { status: 'disputed', respondedAt: '2025-10-01T09:00:00.000Z' },
    }),
    log({
      id: 5,
      community: 12,
      date: '2025-03-01T00:00:00.000Z',
      partner: 2,
      kind: 'got-others-to-deliver',
      method: 'written-plan',
      moneyInfluenced: 100,
      partnerConfirmation: { status: 'confirmed' },
    }),
    log({ id: 6, cluster: 21, date: '2025-04-01T00:00:00.000Z', partner: 3, kind: 'led-delivery', method: 'joint-working' }),
    // 23:30 on New Year's Eve is still 2024 in the UK (GMT in winter).
    log({
      id: 7,
      community: 13,
      date: '2024-12-31T23:30:00.000Z',
      partner: 2,
      kind: 'changed-policy',
      method: 'relationships',
      moneyInfluenced: 50,
      partnerConfirmation: { status: 'confirmed' },
    }),
    log({
      id: 8,
      community: 11,
      date: '2024-05-05T00:00:00.000Z',
      partner: 1,
      kind: 'led-delivery',
      method: 'relationships',
      moneyInfluenced: 10,
      partnerConfirmation: { status: 'confirmed' },
    }),
  ],
}

const index = indexReports(source)
const kestwick = { type: 'community', id: 11 } as const
const cluster = { type: 'cluster', id: 21 } as const
const district = { type: 'district' } as const

describe('annual achievement reports', () => {
  it('add up a community’s year, listing a disputed entry but leaving it out of every total', () => {
    const report = annualReport(index, kestwick, 2025)
    expect(report.entries.map((entry) => [entry.log.id, entry.disputed])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ])
    expect(report.totals).toEqual({
      year: 2025,
      logs: 3,
      disputed: 1,
      byKind: { 'led-delivery': 1, 'got-others-to-deliver': 0, 'encouraged-others': 1, 'changed-policy': 1 },
      byMethod: { 'written-plan': 1, relationships: 1, 'joint-working': 1 },
      outputs: 4,
      outcomes: 2,
      moneyPence: 123486,
      partnersEngaged: 2,
      confirmed: 1,
      confirmedShare: 1 / 3,
    })
    expect(report.outputs.map((output) => output.text)).toEqual(['New clinic hours', 'Leaflet', 'Policy note', 'Bench'])
    expect(report.outcomes).toEqual([
      { text: 'Fewer missed appointments', logId: 1 },
      { text: 'Older people rest on the walk into town', logId: 3 },
    ])
  })

  it('add money in whole pence, exact where pounds in floating point are not (0.1 + 0.2)', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    const report = annualReport(index, kestwick, 2025)
    expect(report.totals.moneyPence).toBe(123486)
    expect(formatPence(report.totals.moneyPence)).toBe('£1,234.86')
    expect(report.moneyByPartner.map((row) => [row.partner.name, row.pence])).toEqual([
      ['Wendshire Integrated Care Board', 123466],
      ['Harrowdale District Council', 20],
    ])
    expect([toPence(0.29), toPence(4.35), toPence(null), toPence(-3)]).toEqual([29, 435, 0, 0])
    expect([formatPence(100000), formatPence(5), poundsText(5), poundsText(123486)]).toEqual(['£1,000', '£0.05', '0.05', '1234.86'])
  })

  it('group a partner renamed mid-year under its id and show its current name; another body with the old name stays apart', () => {
    expect(annualReport(index, kestwick, 2025).partners).toEqual([
      { partner: { id: 1, name: 'Wendshire Integrated Care Board' }, logs: 2, confirmed: 1, pence: 123466 },
      { partner: { id: 2, name: 'Harrowdale District Council' }, logs: 1, confirmed: 0, pence: 20 },
    ])
    expect(annualReport(index, district, 2025).partners.map((row) => [row.partner.id, row.partner.name, row.logs])).toEqual([
      [2, 'Harrowdale District Council', 2],
      [1, 'Wendshire Integrated Care Board', 2],
      [3, 'Wendshire Clinical Commissioning Group', 1],
    ])
  })

  it('compare with the year before', () => {
    const { previous } = annualReport(index, kestwick, 2025)
    expect(previous).toMatchObject({ year: 2024, logs: 1, moneyPence: 1000, partnersEngaged: 1, confirmed: 1, confirmedShare: 1 })
  })

  it('give an empty report for a year with no logs', () => {
    const report = annualReport(index, kestwick, 2023)
    expect(report.entries).toEqual([])
    expect(report.totals).toMatchObject({ logs: 0, disputed: 0, moneyPence: 0, partnersEngaged: 0, confirmed: 0, confirmedShare: null })
    expect(Object.values(report.totals.byKind)).toEqual([0, 0, 0, 0])
    expect(report.moneyByPartner).toEqual([])
    expect(report.previous.logs).toBe(0)
  })

  it('roll a cluster up from its own logs and its members’, counting a member named twice only once', () => {
    const report = annualReport(index, cluster, 2025)
    expect(report.entries.map((entry) => entry.log.id)).toEqual([5, 6])
    expect(report.totals).toMatchObject({ logs: 2, moneyPence: 10000, partnersEngaged: 2, confirmed: 1, confirmedShare: 0.5 })
    expect(report.previous).toMatchObject({ year: 2024, logs: 1, moneyPence: 5000 })
  })

  it('count every log once for the whole district, whatever owns it', () => {
    const report = annualReport(index, district, 2025)
    expect(report.entries.map((entry) => entry.log.id)).toEqual([1, 5, 6, 2, 3, 4])
    expect(report.totals).toMatchObject({ logs: 5, disputed: 1, moneyPence: 133486, partnersEngaged: 3, confirmed: 2, confirmedShare: 0.4 })
    expect(report.previous).toMatchObject({ logs: 2, moneyPence: 6000 })
  })

  it('know which years each scope has a report for, in UK time', () => {
    expect(yearOf('2024-12-31T23:30:00.000Z')).toBe(2024)
    expect(yearOf('2025-06-30T23:30:00.000Z')).toBe(2025)
    expect(reportYears(index, kestwick)).toEqual([2025, 2024])
    expect(reportYears(index, { type: 'community', id: 12 })).toEqual([2025])
    expect(reportYears(index, cluster)).toEqual([2025, 2024])
    expect(reportYears(index, district)).toEqual([2025, 2024])
    expect(reportYears(index, { type: 'community', id: 99 })).toEqual([])
  })

  it('publish a report’s logs as open data, disputed ones flagged, formulas defused', () => {
    const withFormula = indexReports({
      ...source,
      logs: [
        ...source.logs,
        log({
          id: 9,
          community: 11,
          date: '2025-12-01T00:00:00.000Z',
          title: '=HYPERLINK("x"), said "we"',
          partner: 2,
          kind: 'led-delivery',
          method: 'relationships',
        }),
      ],
    })
    const rows = openDataRows(annualReport(withFormula, kestwick, 2025), source)
    expect(rows[0]).toEqual({
      id: '1',
      date: '2025-01-10',
      title: 'Entry 1',
      owner_type: 'community',
      owner: 'Kestwick',
      partner: 'Wendshire Integrated Care Board',
      kind: 'led-delivery',
      method: 'relationships',
      theme: '',
      what_changed: '',
      outputs: 'New clinic hours | Leaflet',
      outcomes: 'Fewer missed appointments',
      money_influenced_gbp: '1234.56',
      partner_confirmation: 'confirmed',
      confirmed_on: '2025-02-01',
      counted_in_totals: 'yes',
    })
    expect(rows.map((row) => [row.money_influenced_gbp, row.counted_in_totals])).toEqual([
      ['1234.56', 'yes'],
      ['0.10', 'yes'],
      ['0.20', 'yes'],
      ['5000.00', 'no'],
      ['', 'yes'],
    ])
    expect(toOpenDataCsv(rows).startsWith('\uFEFFid,date,')).toBe(true)
    const csv = toOpenDataCsv(rows)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
    expect(csv[0]).toBe(
      'id,date,title,owner_type,owner,partner,kind,method,theme,what_changed,outputs,outcomes,money_influenced_gbp,partner_confirmation,confirmed_on,counted_in_totals',
    )
    expect(csv).toHaveLength(7)
    expect(csv[5]).toContain(`"'=HYPERLINK(""x""), said ""we"""`)
    const clusterRows = openDataRows(annualReport(index, cluster, 2025), source)
    expect(clusterRows.map((row) => [row.owner_type, row.owner])).toEqual([
      ['community', 'Brackenhithe'],
      ['cluster', 'Wend Valley Parishes'],
    ])
  })
})
