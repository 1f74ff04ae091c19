import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints, type SanitizedConfig } from 'payload'

export type ApiServer = { url: string; stop: () => Promise<void> }

const headersOf = (req: http.IncomingMessage, peer: string): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  // As Next does: the connecting peer is appended to X-Forwarded-For.
  headers.set('x-forwarded-for', [req.headers['x-forwarded-for'], peer].filter(Boolean).join(', '))
  return headers
}

/**
 * Payload's REST routes over real HTTP on a free loopback port: the same `handleEndpoints` the
 * admin's Next route handlers call, without building the admin: for tests and benchmarks.
 */
export type ApiServerOptions = {
  /** A fixed port, when the address must be known before the server starts (e.g. built into pages). */
  port?: number
  /** Who the caller is, for per-address limits; defaults to the socket's address. */
  peerFor?: (req: http.IncomingMessage) => string
}

export const startApiServer = async (config: Promise<SanitizedConfig> | SanitizedConfig, { port: wantedPort = 0, peerFor }: ApiServerOptions = {}): Promise<ApiServer> => {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const method = req.method ?? 'GET'
      const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
        method,
        headers: headersOf(req, peerFor?.(req) ?? req.socket.remoteAddress ?? 'unknown'),
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
      })
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
