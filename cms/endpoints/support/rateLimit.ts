import type { PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'

import { clientAddress } from '../../lib/clientAddress'

export type RateLimit = { points: number; durationSeconds: number }

/**
 * A named limit, e.g. 10 subscriptions per IP per hour. In memory, so per process: with several
 * server instances, swap in rate-limiter-flexible's MongoDB or Redis store under the same name.
 */
export const rateLimiter = (name: string, { points, durationSeconds }: RateLimit) => {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds })
  return {
    /** True when this key still has allowance; counts the attempt either way. */
    consume: (key: string): Promise<boolean> =>
      limiter.consume(key).then(
        () => true,
        () => false,
      ),
    /** Gives back one point, e.g. after an attempt that turned out to be legitimate; never more than were taken. */
    reward: async (key: string): Promise<void> => {
      const used = await limiter.get(key)
      if (used && used.consumedPoints > 0) await limiter.reward(key, 1)
    },
  }
}

/** The caller's address as a rate-limit key: see clientAddress for what is trusted. */
export const clientKey = (req: PayloadRequest): string => clientAddress(req.headers)
