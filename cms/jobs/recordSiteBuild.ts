import type { Payload } from 'payload'

// Written outside the job's own request (no req): a failed job's transaction is rolled back,
// and the record of its failure must survive that.

/** Records a rebuild that succeeded: when, and how many pages the live site now has. */
export const recordSiteBuildSuccess = async (payload: Payload, pages: number): Promise<void> => {
  const now = new Date().toISOString()
  await payload.updateGlobal({ slug: 'site-build', data: { outcome: 'succeeded', attemptedAt: now, succeededAt: now, pages, error: null }, depth: 0 })
}

/** Records a rebuild that failed, with the error in words; the last success stays as it was. */
export const recordSiteBuildFailure = async (payload: Payload, error: unknown): Promise<void> => {
  const message = error instanceof Error ? error.message : String(error)
  await payload.updateGlobal({
    slug: 'site-build',
    data: { outcome: 'failed', attemptedAt: new Date().toISOString(), error: message.slice(0, 2000) },
    depth: 0,
  })
}
