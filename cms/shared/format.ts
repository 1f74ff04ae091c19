import { formatPence, toPence } from './money'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' })

export const formatDate = (iso: string | null | undefined): string => (iso ? dateFormat.format(new Date(iso)) : '')
export const formatMonth = (iso: string | null | undefined): string => (iso ? monthFormat.format(new Date(iso)) : '')
/** Money in pounds as every page and mail shows it: "£9,870.50", or "£9,870" for whole pounds. */
export const formatMoney = (pounds: number): string => formatPence(toPence(pounds))
