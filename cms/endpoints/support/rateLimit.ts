import type { PayloadRequest } from 'payload'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddress } from '../../lib/clientAddress'

export type RateLimit = { points: number; durationSeconds: number }

/** What RateLimiterMongo needs: a database handle of the MongoDB driver (the adapter's `connection.db`). */
type MongoDatabase = {
  collection: (name: string) => { createIndex: (spec: Record<string, 1 | -1>, options: { unique?: boolean; expireAfterSeconds?: number }) => Promise<string> }
}

/** The collection every limit's counters share on MongoDB; each counter's key starts with its limit's name. */
export const RATE_LIMIT_COLLECTION = 'rate-limits'

// On globalThis, not in a module variable: Next may load this module once per route bundle, and
// every copy must see the connection the database adapter registered.
const STORE = Symbol.for('folkmoot.rateLimitStore')
const slot = globalThis as { [STORE]?: MongoDatabase }

/**
 * Called when the MongoDB connection opens: from then on every limit counts in the database, so
 * all instances on that database share one allowance. Without it (SQLite, one process) limits
 * count in memory, which is exact for a single instance.
 */
export const shareRateLimitsThrough = async (database: MongoDatabase): Promise<void> => {
  const counters = database.collection(RATE_LIMIT_COLLECTION)
  // One counter per key, so two instances counting at once add to the same one.
  await counters.createIndex({ key: 1 }, { unique: true })
  // Lets MongoDB delete expired counters; FerretDB v1 has no TTL indexes, and expired counters are
  // ignored and reused there, so their number stays that of the keys seen.
  await counters.createIndex({ expire: 1 }, { expireAfterSeconds: 0 }).catch(() => undefined)
  slot[STORE] = database
}

const storeFor = (name: string, { points, durationSeconds }: RateLimit): RateLimiterAbstract => {
  const options = { keyPrefix: name, points, duration: durationSeconds }
  const database = slot[STORE]
  if (!database) return new RateLimiterMemory(options)
  // If the database cannot be reached, count in this process's memory rather than refuse everyone.
  return new RateLimiterMongo({
    ...options,
    storeClient: database,
    tableName: RATE_LIMIT_COLLECTION,
    disableIndexesCreation: true,
    insuranceLimiter: new RateLimiterMemory(options),
  })
}

/** A named limit, e.g. 10 subscriptions per IP per hour: in the database on MongoDB, in memory on SQLite. */
export const rateLimiter = (name: string, limit: RateLimit) => {
  // Made on first use: limits are declared when modules load, before the database connects.
  let store: RateLimiterAbstract | undefined
  const limiter = () => (store ??= storeFor(name, limit))
  return {
    /** True when this key still has allowance; counts the attempt either way. */
    consume: (key: string): Promise<boolean> =>
      limiter()
        .consume(key)
        .then(
          () => true,
          (refusal: unknown) => {
            if (refusal instanceof RateLimiterRes) return false
            throw refusal
          },
        ),
    /** Gives back one point, e.g. after an attempt that turned out to be legitimate; never more than were taken. */
    reward: async (key: string): Promise<void> => {
      const used = await limiter().get(key)
      if (used && used.consumedPoints > 0) await limiter().reward(key, 1)
    },
  }
}

/** The caller's address as a rate-limit key: see clientAddress for what is trusted. */
export const clientKey = (req: PayloadRequest): string => clientAddress(req.headers)
