/** One spelling per mailbox: trimmed and lower-cased, so "Ann@Example.org " and "ann@example.org" are one subscriber. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()
