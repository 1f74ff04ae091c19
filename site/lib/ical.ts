/**
 * An iCalendar (RFC 5545) feed of events: one VCALENDAR of VEVENTs, times in UTC, text escaped,
 * lines folded at 75 octets and ended with CRLF. Small enough to write by hand.
 */
export type CalendarEvent = {
  uid: string
  title: string
  description: string
  location: string
  url: string
  startsAt: string
  endsAt: string
  updatedAt: string
}

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** Folds a content line into pieces of at most 75 octets, never splitting a character. */
const fold = (line: string): string => {
  const pieces: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char)
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  pieces.push(current)
  return pieces.join('\r\n ')
}

export const icalendar = ({ name, events, now = new Date() }: { name: string; events: ReadonlyArray<CalendarEvent>; now?: Date }): string => {
  const stamp = utc(now.toISOString())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Folkmoot//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utc(event.updatedAt)}`,
      `DTSTART:${utc(event.startsAt)}`,
      `DTEND:${utc(event.endsAt)}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `LOCATION:${escapeText(event.location)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
