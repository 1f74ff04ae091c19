import type { PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'

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
  }
}

/**
 * The caller's address. Next appends the connecting peer to X-Forwarded-For, so the last entry is
 * the one a client cannot forge; behind a trusted proxy that entry is the proxy's view of the client.
 */
export const clientKey = (req: PayloadRequest): string => {
  const forwarded = req.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1)
  return last ?? req.headers.get('x-real-ip') ?? 'unknown'
}
