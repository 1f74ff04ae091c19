/** Splits items into batches of at most `size`, keeping their order. */
export const inBatches = <T>(items: readonly T[], size: number): T[][] => {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A batch size must be a whole number of at least 1, not ${size}.`)
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size))
  return batches
}

/** How many documents go to Meilisearch in one request: large enough to be quick, small enough to stay well under its payload limit. */
export const BATCH_SIZE = 1000
