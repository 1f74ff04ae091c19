import { formatPence, toPence } from './money'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' })

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' })

/** When an event happens, in UK time: "Saturday 5 December 2026, 10:00am to 1:00pm". */
export const formatEventTime = (startsAt: string, endsAt: string): string => {
  const [start, end] = [new Date(startsAt), new Date(endsAt)]
  const time = (date: Date) => timeFormat.format(date).replace(/\s+/g, '')
  return dayFormat.format(start) === dayFormat.format(end)
    ? `${dayFormat.format(start)}, ${time(start)} to ${time(end)}`
    : `${dayFormat.format(start)}, ${time(start)} to ${dayFormat.format(end)}, ${time(end)}`
}

export const formatDate = (iso: string | null | undefined): string => (iso ? dateFormat.format(new Date(iso)) : '')
export const formatMonth = (iso: string | null | undefined): string => (iso ? monthFormat.format(new Date(iso)) : '')
/** Money in pounds as every page and mail shows it: "£9,870.50", or "£9,870" for whole pounds. */
export const formatMoney = (pounds: number): string => formatPence(toPence(pounds))
