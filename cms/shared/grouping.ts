/** Items grouped by a key, keeping first-seen order (Map.groupBy is not in the ES2023 library we target). */
export const groupBy = <T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>()
  for (const item of items) addToGroup(groups, keyOf(item), item)
  return groups
}

/** Adds `value` to the group under `key`, starting the group if it is the first. */
export const addToGroup = <K, V>(groups: Map<K, V[]>, key: K, value: V): void => {
  const group = groups.get(key)
  if (group) group.push(value)
  else groups.set(key, [value])
}

/**
 * `make`, worked out once for each key object and kept as long as the key lives. Site pages
 * share one snapshot per build, so an index made from it serves every page of that build.
 */
export const oncePer = <K extends object, V>(make: (key: K) => V): ((key: K) => V) => {
  const made = new WeakMap<K, V>()
  return (key) => {
    if (made.has(key)) return made.get(key) as V
    const value = make(key)
    made.set(key, value)
    return value
  }
}
