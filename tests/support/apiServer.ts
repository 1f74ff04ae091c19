import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints, type SanitizedConfig } from 'payload'

import { stampPeer } from '../../cms/lib/clientAddress'
import { sendWebResponse, webRequestFrom } from '../../cms/lib/nodeToWeb'

export type ApiServer = { url: string; stop: () => Promise<void> }

/** As Next does: X-Forwarded-For is filled with the peer only when the request came without one. */
const stampAsNextDoes = (req: http.IncomingMessage, peer: string): void => {
  req.headers['x-forwarded-for'] ??= peer
  stampPeer(req, peer)
}

/**
 * Payload's REST routes over real HTTP on a free loopback port: the same `handleEndpoints` the
 * admin's Next route handlers call, without building the admin: for tests and benchmarks. Headers
 * reach Payload as the admin server passes them (see scripts/admin-server.ts).
 */
export type ApiServerOptions = {
  /** A fixed port, when the address must be known before the server starts (e.g. built into pages). */
  port?: number
  /** Who the caller is, for per-address limits; defaults to the socket's address. */
  peerFor?: (req: http.IncomingMessage) => string
}

export const startApiServer = async (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  { port: wantedPort = 0, peerFor }: ApiServerOptions = {},
): Promise<ApiServer> => {
  const server = http.createServer((req, res) => {
    stampAsNextDoes(req, peerFor?.(req) ?? req.socket.remoteAddress ?? 'unknown')
    // The body is streamed through as Next streams it, so a slow or stalled sender reaches Payload as one.
    handleEndpoints({ config, request: webRequestFrom(req) })
      .then((response) => sendWebResponse(res, response))
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(wantedPort, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
