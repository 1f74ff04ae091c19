import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints, type SanitizedConfig } from 'payload'

import { stampPeer } from '../../cms/lib/clientAddress'

export type ApiServer = { url: string; stop: () => Promise<void> }

/** As Next does: X-Forwarded-For is filled with the peer only when the request came without one. */
const headersOf = (req: http.IncomingMessage, peer: string): Headers => {
  req.headers['x-forwarded-for'] ??= peer
  stampPeer(req, peer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}

/**
 * The request body as a web stream, chunk by chunk as it arrives, as Next hands it to a route
 * handler. A handler that stops reading (e.g. at a size limit) leaves the connection alone: the
 * rest is read and dropped, so the client still gets the answer.
 */
const bodyStream = (req: http.IncomingMessage): ReadableStream<Uint8Array> => {
  let reading = true
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => reading && controller.enqueue(new Uint8Array(chunk)))
      req.on('end', () => reading && controller.close())
      req.on('error', (error) => reading && controller.error(error))
    },
    cancel() {
      reading = false
    },
  })
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
    const method = req.method ?? 'GET'
    // The body is streamed through as Next streams it, so a slow or stalled sender reaches Payload as one.
    const init: RequestInit & { duplex: 'half' } = {
      method,
      headers: headersOf(req, peerFor?.(req) ?? req.socket.remoteAddress ?? 'unknown'),
      body: method === 'GET' || method === 'HEAD' ? undefined : bodyStream(req),
      duplex: 'half',
    }
    const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), init)
    handleEndpoints({ config, request })
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
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
