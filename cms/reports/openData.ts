import { toCsv } from '../lib/csv'
import { CONFIRMATION_LABELS, KIND_LABELS, METHOD_LABELS } from '../shared/influence'
import { poundsText } from '../shared/money'
import { idOf } from './reportIndex'
import type { AnnualReport, ReportSource } from './types'

/**
 * The open-data columns of a report's logs, documented on every report page. Only published
 * content: no contact details, no partner's comment, nothing about who typed the entry.
 */
export const OPEN_DATA_COLUMNS = [
  { name: 'id', meaning: 'The entry’s identifier, stable across downloads.' },
  { name: 'date', meaning: 'When the influence happened (YYYY-MM-DD).' },
  { name: 'title', meaning: 'What changed, in a line.' },
  { name: 'owner_type', meaning: '“community” or “cluster”: who logged it.' },
  { name: 'owner', meaning: 'The community or cluster’s name.' },
  { name: 'partner', meaning: 'The partner influenced, under its current name.' },
  { name: 'kind', meaning: 'Which of the four kinds of influence (led-delivery, got-others-to-deliver, encouraged-others, changed-policy).' },
  { name: 'method', meaning: 'Which of the three methods (written-plan, relationships, joint-working).' },
  { name: 'theme', meaning: 'The plan theme it influenced, when given.' },
  { name: 'what_changed', meaning: 'The account of what changed.' },
  { name: 'outputs', meaning: 'What was produced, separated by “ | ”.' },
  { name: 'outcomes', meaning: 'The difference it made for people, separated by “ | ”.' },
  { name: 'money_influenced_gbp', meaning: 'Public money influenced in pounds with two decimals; empty when none was recorded.' },
  { name: 'partner_confirmation', meaning: 'unconfirmed, confirmed or disputed by the partner.' },
  { name: 'confirmed_on', meaning: 'When the partner answered (YYYY-MM-DD), if they have.' },
  { name: 'counted_in_totals', meaning: '“yes”, or “no” for disputed entries, which the report lists but does not count.' },
] as const

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number]['name'], string>

const day = (iso: string | null | undefined): string => (iso ? new Date(iso).toISOString().slice(0, 10) : '')

export const openDataRows = (report: Pick<AnnualReport, 'entries'>, source: Pick<ReportSource, 'communities' | 'clusters'>): OpenDataRow[] => {
  const names = new Map([
    ...source.communities.map((community) => [`community:${String(community.id)}`, community.name] as const),
    ...source.clusters.map((cluster) => [`cluster:${String(cluster.id)}`, cluster.name] as const),
  ])
  return report.entries.map(({ log, partner, pence, status, disputed }) => {
    const communityId = idOf(log.community)
    const ownerType = communityId === null ? 'cluster' : 'community'
    const ownerId = communityId ?? idOf(log.cluster)
    return {
      id: String(log.id),
      date: day(log.date),
      title: log.title,
      owner_type: ownerType,
      owner: names.get(`${ownerType}:${String(ownerId)}`) ?? '',
      partner: partner.name,
      kind: log.kind,
      method: log.method,
      theme: log.theme ?? '',
      what_changed: log.whatChanged ?? '',
      outputs: (log.outputs ?? []).map(({ text }) => text).join(' | '),
      outcomes: (log.outcomes ?? []).map(({ text }) => text).join(' | '),
      money_influenced_gbp: pence > 0 ? poundsText(pence) : '',
      partner_confirmation: status,
      confirmed_on: status === 'unconfirmed' ? '' : day(log.partnerConfirmation?.respondedAt),
      counted_in_totals: disputed ? 'no' : 'yes',
    }
  })
}

/** One row per entry, with the columns above as its header (the shared CSV writer defuses formulas). */
export const toOpenDataCsv = (rows: readonly OpenDataRow[]): string =>
  toCsv(
    OPEN_DATA_COLUMNS.map(({ name }) => name),
    rows.map((row) => OPEN_DATA_COLUMNS.map(({ name }) => row[name])),
  )

/** Human-readable labels for the coded columns, published beside the JSON data. */
export const OPEN_DATA_CODES = { kind: KIND_LABELS, method: METHOD_LABELS, partner_confirmation: CONFIRMATION_LABELS }
