export const PHASES = ['upcoming', 'open', 'closed', 'reported'] as const
export type Phase = (typeof PHASES)[number]

type Dated = {
  opensAt?: string | Date | null
  closesAt?: string | Date | null
  feedback?: { reportedAt?: string | Date | null } | null
}

const time = (value: string | Date | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? null : ms
}

/**
 * Where a consultation stands, derived from its dates so it can never go stale:
 * upcoming before it opens, open until it closes, closed after, and reported once
 * its "you said, we did" feedback has been published.
 */
export const consultationPhase = (consultation: Dated, now: Date = new Date()): Phase => {
  const at = now.getTime()
  const opens = time(consultation.opensAt)
  const closes = time(consultation.closesAt)
  const reported = time(consultation.feedback?.reportedAt)
  if (opens === null || at < opens) return 'upcoming'
  if (closes === null || at < closes) return 'open'
  if (reported !== null && reported <= at) return 'reported'
  return 'closed'
}
