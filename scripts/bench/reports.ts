import type { Payload } from 'payload'

import { exportSnapshot } from '../../cms/export/snapshot'
import { annualReport } from '../../cms/reports/annualReport'
import { openDataRows, toOpenDataCsv } from '../../cms/reports/openData'
import { indexReports, reportYears } from '../../cms/reports/reportIndex'
import type { ReportScope } from '../../cms/reports/types'
import { type BenchFigure, percentile } from './figures'

/** Every report the site publishes, made from the public snapshot: the index once, then each report and its CSV. */
export const benchReports = async (payload: Payload, report: (figure: BenchFigure) => void) => {
  const snapshot = await exportSnapshot(payload)
  const source = { logs: snapshot.influenceLogs, partners: snapshot.partners, communities: snapshot.communities, clusters: snapshot.clusters }
  const started = performance.now()
  const index = indexReports(source)
  const indexMs = performance.now() - started
  const scopes: ReportScope[] = [
    { type: 'district' },
    ...snapshot.communities.map((community) => ({ type: 'community' as const, id: community.id })),
    ...snapshot.clusters.map((cluster) => ({ type: 'cluster' as const, id: cluster.id })),
  ]
  const times: number[] = []
  let csvBytes = 0
  for (const scope of scopes) {
    for (const year of reportYears(index, scope)) {
      const one = performance.now()
      const made = annualReport(index, scope, year)
      csvBytes += toOpenDataCsv(openDataRows(made, source)).length
      times.push(performance.now() - one)
    }
  }
  const totalMs = performance.now() - started
  times.sort((a, b) => a - b)
  report({
    name: 'annual reports',
    logs: snapshot.influenceLogs.length,
    reports: times.length,
    indexMs: Number(indexMs.toFixed(1)),
    totalMs: Number(totalMs.toFixed(1)),
    perReportMs: Number((totalMs / Math.max(1, times.length)).toFixed(3)),
    p95Ms: Number(percentile(times, 95).toFixed(3)),
    csvMB: Number((csvBytes / 1e6).toFixed(1)),
  })
}
