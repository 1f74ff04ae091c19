/** Id helpers for relationship values, shared by the site's snapshot helpers (no file access, so unit tests can use them). */
export type ID = number | string

/** Relationship values are ids at depth 0; compare them as text so SQLite and MongoDB agree. */
export const sameId = (a: unknown, b: unknown): boolean => a !== null && a !== undefined && String(a) === String(b)

export const byId = <T extends { id: ID }>(items: readonly T[], id: unknown): T | undefined => items.find((item) => sameId(item.id, id))
