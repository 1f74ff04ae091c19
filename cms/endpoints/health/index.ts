import type { Endpoint, Payload } from 'payload'

/** A database that does not answer within this is as good as down, for a load balancer. */
const DATABASE_TIMEOUT_MS = 3000

type SiteBuildRecord = { outcome?: string | null; attemptedAt?: string | null; succeededAt?: string | null; pages?: number | null }

const withinTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('The database did not answer in time.')), DATABASE_TIMEOUT_MS).unref()),
  ])

/** Seconds the longest-waiting job has been due without being picked up, or null when none is. */
const oldestDueJobLag = async (payload: Payload, now: Date): Promise<number | null> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { not_equals: true } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
      ],
    },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { createdAt: true, waitUntil: true },
  })
  const job = docs[0]
  if (!job) return null
  const due = Math.max(Date.parse(job.createdAt), job.waitUntil ? Date.parse(job.waitUntil) : 0)
  return Math.max(0, Math.round((now.getTime() - due) / 1000))
}

/**
 * GET /api/health, for load balancers and monitoring: 200 when the database answers, 503 when
 * it does not. It says how long the oldest due job has waited and how the last site rebuild
 * went, and nothing else: no error text (it may name paths or hosts), no counts of people.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async ({ payload }) => {
    const now = new Date()
    const headers = { 'Cache-Control': 'no-store' }
    try {
      const [lag, build] = await withinTimeout(
        Promise.all([oldestDueJobLag(payload, now), payload.findGlobal({ slug: 'site-build', depth: 0 }) as Promise<SiteBuildRecord>]),
      )
      return Response.json(
        {
          status: 'ok',
          time: now.toISOString(),
          database: 'reachable',
          jobs: { oldestDueSeconds: lag },
          siteBuild: {
            outcome: build.outcome ?? null,
            attemptedAt: build.attemptedAt ?? null,
            succeededAt: build.succeededAt ?? null,
            pages: build.pages ?? null,
          },
        },
        { headers },
      )
    } catch {
      return Response.json({ status: 'unavailable', time: now.toISOString(), database: 'unreachable' }, { status: 503, headers })
    }
  },
}
