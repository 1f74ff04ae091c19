import type { ConfirmationStatus, InfluenceKind, InfluenceMethod } from '../shared/influence'

export type ID = number | string

/** A relationship as the snapshot holds it (an id at depth 0) or as the Local API may return it. */
export type Ref = ID | { id: ID } | null | undefined

/** The fields of a published influence log that reports read; the snapshot's logs fit this shape. */
export type ReportLog = {
  id: ID
  title: string
  date: string
  community?: Ref
  cluster?: Ref
  partner: Ref
  kind: InfluenceKind
  method: InfluenceMethod
  theme?: string | null
  whatChanged?: string | null
  outputs?: ReadonlyArray<{ text: string }> | null
  outcomes?: ReadonlyArray<{ text: string }> | null
  moneyInfluenced?: number | null
  partnerConfirmation?: { status?: ConfirmationStatus | null; respondedAt?: string | null } | null
  celebrate?: boolean | null
}

export type ReportSource = {
  logs: readonly ReportLog[]
  partners: ReadonlyArray<{ id: ID; name: string }>
  communities: ReadonlyArray<{ id: ID; name: string }>
  /** `membership` dates when members joined or left; a member with no dates counts in every year. */
  clusters: ReadonlyArray<{
    id: ID
    name: string
    members: ReadonlyArray<Ref>
    membership?: ReadonlyArray<{ community: Ref; joined?: string | null; left?: string | null }> | null
  }>
}

export type ReportScope = { type: 'district' } | { type: 'community'; id: ID } | { type: 'cluster'; id: ID }

export type PartnerRef = { id: ID; name: string }

/** The headline figures of one year. Disputed entries are excluded from all of them but `disputed`. */
export type YearFigures = {
  year: number
  logs: number
  disputed: number
  byKind: Record<InfluenceKind, number>
  byMethod: Record<InfluenceMethod, number>
  outputs: number
  outcomes: number
  moneyPence: number
  partnersEngaged: number
  confirmed: number
  /** confirmed / logs, from 0 to 1; null in a year with nothing to confirm. */
  confirmedShare: number | null
}

export type ReportEntry = {
  log: ReportLog
  partner: PartnerRef
  pence: number
  status: ConfirmationStatus
  /** Disputed by the partner: listed for openness, left out of every total. */
  disputed: boolean
}

export type AnnualReport = {
  scope: ReportScope
  year: number
  /** Every published log of the year for this scope, oldest first, disputed ones included. */
  entries: ReportEntry[]
  totals: YearFigures
  previous: YearFigures
  outputs: Array<{ text: string; logId: ID }>
  outcomes: Array<{ text: string; logId: ID }>
  /** Partners with money influenced, largest first. */
  moneyByPartner: Array<{ partner: PartnerRef; pence: number }>
  /** Partners worked with, most entries first, with the money influenced through each. */
  partners: Array<{ partner: PartnerRef; logs: number; confirmed: number; pence: number }>
}
