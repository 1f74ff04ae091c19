/** A figure a benchmark child reports: one JSON line that scripts/bench.ts reads and prints. */
export type BenchFigure = Record<string, number | string>

export const report = (figure: BenchFigure): void => console.log(`BENCH ${JSON.stringify(figure)}`)

/** The p-th percentile of timings already sorted in ascending order. */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
