import type { IncomingMessage, ServerResponse } from 'node:http'

import payloadConfig from '@payload-config'
import { handleEndpoints } from 'payload'

import { sendWebResponse, webRequestFrom } from '../../../../lib/nodeToWeb'

/** Payload reads the body itself, as a stream, under the endpoint's own size limit. */
export const config = { api: { bodyParser: false } }

/**
 * POST /api/consultations/:id/respond, the one write the public makes, served as a Pages API
 * route instead of by the App Router's /api catch-all. The App Router wraps every request in
 * request stores and web streams, which cost about a sixth of the CPU an answer took (`npm run
 * bench`: about 490 answers a second through it, 580 through this route). The request still goes
 * to Payload's own handleEndpoints, as the catch-all sends it, so the endpoint and every check
 * of the collection are the ones all other routes get.
 */
export default async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await sendWebResponse(res, await handleEndpoints({ config: payloadConfig, request: webRequestFrom(req) }))
}
