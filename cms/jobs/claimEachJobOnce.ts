import os from 'node:os'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Job, UpdateJobsArgs, Where } from 'payload'

/** One document per job run claimed: its `_id` names the job and the version of it the claimer saw. */
export const JOB_CLAIMS_COLLECTION = 'payload-job-claims'
const KEEP_CLAIMS_MS = 24 * 60 * 60 * 1000
/** A claim this old whose job is still waiting at the claimed version: its claimer died between claiming and marking. */
const ABANDONED_CLAIM_MS = 5 * 60 * 1000

type Claim = { _id: string; job: string; instance: string; at: Date }
type Candidate = { id: number | string; updatedAt?: string; totalTried?: number; concurrencyKey?: string | null }

const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000

/**
 * Makes each queued job run once when several instances work one MongoDB queue.
 *
 * Payload's MongoDB adapter claims jobs in two steps: it finds up to `limit` waiting ids, then
 * sets `processing` on those ids without asking again whether they are still waiting, so two
 * instances polling at the same moment both get, and run, the same job. Here each waiting job
 * the poll finds is claimed on its own by inserting a document whose `_id` is the job's id and
 * the version seen (`updatedAt`, `totalTried`): a unique insert, which is atomic on MongoDB and
 * on FerretDB alike (FerretDB v1's findAndModify reads then writes, so it cannot be the lock).
 * Only the instance whose insert succeeds marks the job as processing and runs it. A retry or a
 * hand-back changes the job's `updatedAt`, so it can be claimed again.
 *
 * Jobs with a concurrency key run one at a time per key, as Payload intends on one instance:
 * after claiming, an instance that sees another job with the same key already processing hands
 * its claim back to the queue.
 */
export const claimEachJobOnce = (adapter: MongooseAdapter, instance = `${os.hostname()}:${process.pid}`): void => {
  const updateJobs = adapter.updateJobs.bind(adapter)
  const claims = () => {
    if (!adapter.connection.db) throw new Error('The MongoDB connection is not open, so no job can be claimed.')
    return adapter.connection.db.collection<Claim>(JOB_CLAIMS_COLLECTION)
  }

  const claimOne = async (candidate: Candidate, data: Record<string, unknown>, req: UpdateJobsArgs['req']): Promise<Job | null> => {
    const id = String(candidate.id)
    const version: Where = candidate.updatedAt ? { updatedAt: { equals: candidate.updatedAt } } : { updatedAt: { exists: false } }
    const unchanged: Where = { and: [{ id: { equals: candidate.id } }, { processing: { equals: false } }, version] }
    const claimId = `${id}@${candidate.updatedAt ?? ''}#${candidate.totalTried ?? 0}`
    try {
      await claims().insertOne({ _id: claimId, job: id, instance, at: new Date() })
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      // Someone claimed this version. If they never marked it processing, they died in between:
      // touching the job gives it a new version that can be claimed on the next poll.
      const earlier = await claims().findOne({ _id: claimId })
      if (earlier && Date.now() - earlier.at.getTime() > ABANDONED_CLAIM_MS) {
        await adapter.updateOne({ collection: 'payload-jobs', where: unchanged, data: {}, req, returning: false })
      }
      return null
    }
    // Marks only the version claimed: a job changed since it was found (cancelled, handed back) is left alone.
    const job = (await adapter.updateOne({ collection: 'payload-jobs', where: unchanged, data: { ...data }, req })) as Job | null
    if (!job || !candidate.concurrencyKey) return job
    const other = await adapter.find({
      collection: 'payload-jobs',
      limit: 1,
      pagination: false,
      req,
      where: { and: [{ concurrencyKey: { equals: candidate.concurrencyKey } }, { processing: { equals: true } }, { id: { not_equals: candidate.id } }] },
    })
    if (other.docs.length === 0) return job
    await adapter.updateOne({ collection: 'payload-jobs', id: candidate.id, data: { processing: false }, req, returning: false })
    return null
  }

  adapter.updateJobs = async (args: UpdateJobsArgs) => {
    // Only the poll's "take up to `limit` waiting jobs" is a claim; updates by id are the running job's own.
    if (args.id !== undefined || args.data.processing !== true || !args.limit || args.limit <= 0) return updateJobs(args)
    const { data, limit, req, sort, where } = args
    const found = await adapter.find({ collection: 'payload-jobs', limit, pagination: false, req, sort, where })
    if (found.docs.length === 0) return null
    const claimed: Job[] = []
    for (const candidate of found.docs as Candidate[]) {
      const job = await claimOne(candidate, data, req)
      if (job) claimed.push(job)
    }
    await claims().deleteMany({ at: { $lt: new Date(Date.now() - KEEP_CLAIMS_MS) } })
    return args.returning === false || claimed.length === 0 ? null : claimed
  }
}
