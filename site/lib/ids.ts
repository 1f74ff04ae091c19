/** Id helpers for relationship values, shared by the site's snapshot helpers (no file access, so unit tests can use them). */
export type ID = number | string

/** Relationship values are ids at depth 0; compare them as text so SQLite and MongoDB agree. */
const idText = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)
export const sameId = (a: unknown, b: unknown): boolean => idText(a) !== undefined && idText(a) === idText(b)

/** Each list's items by id, made on a list's first lookup: pages look up ids thousands of times in lists of thousands. */
const indexes = new WeakMap<readonly { id: ID }[], Map<string, { id: ID }>>()

const indexOf = <T extends { id: ID }>(items: readonly T[]): Map<string, T> => {
  let index = indexes.get(items) as Map<string, T> | undefined
  if (!index) {
    index = new Map()
    // The first item with an id wins, as a search from the start would find it.
    for (const item of items) if (!index.has(String(item.id))) index.set(String(item.id), item)
    indexes.set(items, index)
  }
  return index
}

/** The item with this id; the lists are the snapshot's, which nothing changes once read. */
export const byId = <T extends { id: ID }>(items: readonly T[], id: unknown): T | undefined => {
  const text = idText(id)
  return text === undefined ? undefined : indexOf(items).get(text)
}
