import { loadCommunityPage } from './communityPageQuery'
import { seedScale } from '../../cms/seed/scale'
import { createRandom } from '../../cms/seed/random'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { benchReports } from './reports'
import { benchSite } from './site'
import { percentile, report } from './figures'

/**
 * Runs inside a child process whose environment names the database under test; reports each
 * figure as one JSON line for scripts/bench.ts to print.
 */

runScript(async () => {
  const communities = Number(process.env.BENCH_COMMUNITIES ?? 500)
  const payload = await bootPayload()

  const seedStart = performance.now()
  const { items } = await seedScale(payload, { seed: 20261130, communities }, ({ step, done, total }) => {
    if (done === total) process.stderr.write(`  seeded ${step.toLowerCase()} (${total})\n`)
  })
  const seedSeconds = (performance.now() - seedStart) / 1000
  report({ name: 'seed scale dataset', communities, items, seconds: Number(seedSeconds.toFixed(1)), itemsPerSecond: Math.round(items / seedSeconds) })

  const slugs = (await payload.find({ collection: 'communities', limit: 0, depth: 0, select: { slug: true }, pagination: false })).docs.map(
    (doc) => doc.slug as string,
  )
  const random = createRandom(7)
  for (let warm = 0; warm < 20; warm += 1) await loadCommunityPage(payload, random.pick(slugs))
  const times: number[] = []
  for (let page = 0; page < 300; page += 1) {
    const started = performance.now()
    const data = await loadCommunityPage(payload, random.pick(slugs))
    times.push(performance.now() - started)
    if (!data) throw new Error('A community page came back empty.')
  }
  times.sort((a, b) => a - b)
  report({
    name: 'community page via Local API',
    communities,
    pages: times.length,
    p50: Number(percentile(times, 50).toFixed(2)),
    p95: Number(percentile(times, 95).toFixed(2)),
  })
  if (process.env.BENCH_SITE === 'true') {
    await benchReports(payload, report)
    await benchSite(payload, report, 'scale dataset')
  }
  await payload.destroy()
})
