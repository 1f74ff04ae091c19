export const PHASES = ['upcoming', 'open', 'closed', 'reported'] as const
export type Phase = (typeof PHASES)[number]

type Dated = {
  opensAt?: string | Date | null
  closesAt?: string | Date | null
  feedback?: { reportedAt?: string | Date | null } | null
}

/** A moment's calendar day in the UK, as YYYY-MM-DD, which sorts as the days do. */
const ukDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })

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
  // "Published on" is a day picked in the admin, which Payload stores at noon: the feedback is
  // public from the start of that day in the UK, not from its middle.
  if (reported !== null && ukDay.format(reported) <= ukDay.format(at)) return 'reported'
  return 'closed'
}
