import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { type CalendarEvent, icalendar } from '../../site/lib/ical'

const longAccess = 'Step-free entrance; accessible toilet, hearing loop – and a quiet room, upstairs\nby lift. '.repeat(4)

const events: CalendarEvent[] = [
  {
    uid: 'event-1@site.example.org',
    title: 'Drop-in: Heat, power, and charging; café ☕',
    description: `Bring a bill.\n\nGetting in and around: ${longAccess}`,
    location: 'Ottercombe Magna Village Hall, Mill Road',
    url: 'https://site.example.org/events/heat/',
    startsAt: '2026-12-05T10:00:00.000Z',
    endsAt: '2026-12-05T14:00:00.000Z',
    updatedAt: '2026-11-30T09:15:00.000Z',
  },
  {
    uid: 'event-2@site.example.org',
    title: 'Workshop',
    description: 'Pizza',
    location: 'Gorsey Bank',
    url: 'https://site.example.org/events/workshop/',
    startsAt: '2026-06-01T17:00:00.000Z',
    endsAt: '2026-06-01T19:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
  },
]

describe('the events calendar feed', () => {
  const feed = icalendar({ name: 'Folkmoot events', events, now: new Date('2026-11-30T12:00:00Z') })

  it('parses as iCalendar with one event each, text and times intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed) as unknown[])
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const parsed = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(parsed.map((event) => event.uid)).toEqual(['event-1@site.example.org', 'event-2@site.example.org'])
    const [first] = parsed
    expect(first!.summary).toBe('Drop-in: Heat, power, and charging; café ☕')
    expect(first!.description).toBe(`Bring a bill.\n\nGetting in and around: ${longAccess}`)
    expect(first!.location).toBe('Ottercombe Magna Village Hall, Mill Road')
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-12-05T10:00:00.000Z')
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-12-05T14:00:00.000Z')
    expect(first!.component.getFirstPropertyValue('url')).toBe('https://site.example.org/events/heat/')
  })

  it('ends lines with CRLF and folds none longer than 75 octets', () => {
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const lines = feed.split('\r\n')
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([])
    expect(feed.replace(/\r\n/g, '')).not.toContain('\n')
  })
})
