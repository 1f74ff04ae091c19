/** Kinds of engagement event, shared by the CMS, the site and the newsletter. */
export const EVENT_KINDS = [
  { label: 'Drop-in', value: 'drop-in' },
  { label: 'Workshop', value: 'workshop' },
  { label: 'Stall', value: 'stall' },
  { label: 'Meeting with partners', value: 'partner-meeting' },
] as const

export type EventKind = (typeof EVENT_KINDS)[number]['value']

export const eventKindLabel = (kind: string | null | undefined): string => EVENT_KINDS.find((option) => option.value === kind)?.label ?? 'Event'
