import { INFLUENCE_KINDS, INFLUENCE_METHODS, type InfluenceKind, type InfluenceMethod } from '../shared/influence'
import { toPence } from '../shared/money'
import { type ReportIndex, idOf, logsFor } from './reportIndex'
import type { AnnualReport, PartnerRef, ReportEntry, ReportLog, ReportScope, YearFigures } from './types'

const zeroes = <V extends string>(options: ReadonlyArray<{ value: V }>): Record<V, number> =>
  Object.fromEntries(options.map(({ value }) => [value, 0])) as Record<V, number>

const byDate = (a: ReportLog, b: ReportLog) => a.date.localeCompare(b.date) || String(a.title).localeCompare(String(b.title), 'en-GB')

/**
 * Grouped by the partner's id, named with its current name: a partner renamed during the year
 * is one partner, shown under the name it has now. Two partners that share a name stay apart.
 */
const partnerOf = (index: ReportIndex, log: ReportLog): PartnerRef => {
  const id = idOf(log.partner) ?? 'unknown'
  return { id, name: index.partnerNames.get(String(id)) ?? 'A partner no longer listed' }
}

const entryOf = (index: ReportIndex, log: ReportLog): ReportEntry => {
  const status = log.partnerConfirmation?.status ?? 'unconfirmed'
  return { log, partner: partnerOf(index, log), pence: toPence(log.moneyInfluenced), status, disputed: status === 'disputed' }
}

const figuresOf = (year: number, entries: readonly ReportEntry[]): YearFigures => {
  const counted = entries.filter((entry) => !entry.disputed)
  const byKind: Record<InfluenceKind, number> = zeroes(INFLUENCE_KINDS)
  const byMethod: Record<InfluenceMethod, number> = zeroes(INFLUENCE_METHODS)
  let outputs = 0
  let outcomes = 0
  let moneyPence = 0
  let confirmed = 0
  const partners = new Set<string>()
  for (const { log, partner, pence, status } of counted) {
    byKind[log.kind] += 1
    byMethod[log.method] += 1
    outputs += log.outputs?.length ?? 0
    outcomes += log.outcomes?.length ?? 0
    moneyPence += pence
    if (status === 'confirmed') confirmed += 1
    partners.add(String(partner.id))
  }
  return {
    year,
    logs: counted.length,
    disputed: entries.length - counted.length,
    byKind,
    byMethod,
    outputs,
    outcomes,
    moneyPence,
    partnersEngaged: partners.size,
    confirmed,
    confirmedShare: counted.length === 0 ? null : confirmed / counted.length,
  }
}

const byPartner = (entries: readonly ReportEntry[]) => {
  const partners = new Map<string, { partner: PartnerRef; logs: number; confirmed: number; pence: number }>()
  for (const { partner, pence, status } of entries) {
    const row = partners.get(String(partner.id)) ?? { partner, logs: 0, confirmed: 0, pence: 0 }
    row.logs += 1
    row.pence += pence
    if (status === 'confirmed') row.confirmed += 1
    partners.set(String(partner.id), row)
  }
  return [...partners.values()]
}

const byName = (a: { partner: PartnerRef }, b: { partner: PartnerRef }) => a.partner.name.localeCompare(b.partner.name, 'en-GB')

/** Only the headline figures of a year, e.g. the year before a report's, for comparison. */
export const yearFigures = (index: ReportIndex, scope: ReportScope, year: number): YearFigures =>
  figuresOf(
    year,
    logsFor(index, scope, year).map((log) => entryOf(index, log)),
  )

/**
 * The annual achievement report of a community, a cluster (its own logs and its members',
 * each counted once) or the whole district. Disputed entries are listed but count for nothing.
 */
export const annualReport = (index: ReportIndex, scope: ReportScope, year: number): AnnualReport => {
  const entries = [...logsFor(index, scope, year)].sort(byDate).map((log) => entryOf(index, log))
  const counted = entries.filter((entry) => !entry.disputed)
  const partners = byPartner(counted)
  return {
    scope,
    year,
    entries,
    totals: figuresOf(year, entries),
    previous: yearFigures(index, scope, year - 1),
    outputs: counted.flatMap(({ log }) => (log.outputs ?? []).map(({ text }) => ({ text, logId: log.id }))),
    outcomes: counted.flatMap(({ log }) => (log.outcomes ?? []).map(({ text }) => ({ text, logId: log.id }))),
    moneyByPartner: partners
      .filter((row) => row.pence > 0)
      .sort((a, b) => b.pence - a.pence || byName(a, b))
      .map(({ partner, pence }) => ({ partner, pence })),
    partners: [...partners].sort((a, b) => b.logs - a.logs || byName(a, b)),
  }
}
