/** Id helpers for relationship values, shared by the site's snapshot helpers (no file access, so unit tests can use them). */
export type ID = number | string

/** Relationship values are ids at depth 0; compare them as text so SQLite and MongoDB agree. */
const idText = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)
export const sameId = (a: unknown, b: unknown): boolean => idText(a) !== undefined && idText(a) === idText(b)

export const byId = <T extends { id: ID }>(items: readonly T[], id: unknown): T | undefined => items.find((item) => sameId(item.id, id))
