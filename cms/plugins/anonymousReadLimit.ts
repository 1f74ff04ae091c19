import type { Config, Plugin, PayloadRequest } from 'payload'

import { clientKey, rateLimiter } from '../endpoints/support/rateLimit'
import { TooManyRequests } from '../endpoints/support/tooManyRequests'
import { settings } from '../settings'

/** Reads through the REST API by someone not signed in: API_READS_PER_IP_PER_MINUTE per address (120). */
const perAddress = rateLimiter('anonymous-api-reads', { points: settings().API_READS_PER_IP_PER_MINUTE, durationSeconds: 60 })

// Populating relations re-enters the read operation with the same request: count each request once.
const counted = new WeakSet<PayloadRequest>()

const limitAnonymousRead = async ({ args, req }: { args?: unknown; req: PayloadRequest }): Promise<void> => {
  // Payload's own lookups run with overrideAccess, among them the user's record read while a
  // signed-in request is authenticated (req.user not yet set): counting that one signed staff
  // out once their address passed the limit, as a 403 on everything only staff may read.
  if ((args as { overrideAccess?: boolean } | undefined)?.overrideAccess === true) return
  if (req.payloadAPI !== 'REST' || req.user || req.method !== 'GET' || counted.has(req)) return
  counted.add(req)
  if (!(await perAddress.consume(clientKey(req)))) throw new TooManyRequests('Too many requests from your connection. Please wait a minute and try again.')
}

/**
 * Limits anonymous GET /api/* per address, on every collection and global, so the public API
 * cannot be used to saturate the server. Signed-in staff are not limited.
 */
export const anonymousReadLimit: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [limitAnonymousRead, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [limitAnonymousRead, ...(global.hooks?.beforeOperation ?? [])] },
  })),
})
