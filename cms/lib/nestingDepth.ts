/**
 * How deep objects and arrays nest in a value, walked without recursion so any depth can be
 * measured; stops as soon as it passes `limit` (and returns a number above it).
 */
export const nestingDepth = (value: unknown, limit: number): number => {
  let deepest = 0
  const waiting: Array<[unknown, number]> = [[value, 0]]
  while (waiting.length > 0) {
    const [item, depth] = waiting.pop() as [unknown, number]
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > limit) return deepest
    for (const child of Object.values(item)) waiting.push([child, depth + 1])
  }
  return deepest
}
