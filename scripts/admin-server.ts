import http from 'node:http'
import path from 'node:path'

import next from 'next'

import { stampPeer, trustedProxyHops } from '../cms/lib/clientAddress'
import { settings } from '../cms/settings'

/**
 * Serves the built admin and API, as `next start` does, but stamps each request with the socket's
 * peer address first: Next gives route handlers no peer address, and per-address limits need one
 * a client cannot forge. `npm start` runs this as a child; it exits when that parent goes away.
 */
// HOST unset, as with `next start`: every interface, IPv4 and IPv6.
const { PORT: port, HOST: hostname } = settings()

const fail = (sentence: string): never => {
  console.error(sentence)
  process.exit(1)
}

const main = async () => {
  trustedProxyHops()
  const app = next({ dev: false, dir: path.resolve('cms'), hostname, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = http.createServer((req, res) => {
    stampPeer(req)
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  server.on('error', (error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use: stop what is using it, or set PORT to a free port.`
        : `The admin server stopped: ${error.message}`,
    ),
  )
  server.listen(port, hostname, () => console.log(`Admin server listening on port ${port}${hostname ? ` of ${hostname}` : ''}`))
}

// Started with an IPC channel by `npm start`: when that process dies, even by SIGKILL, so does this one.
process.on('disconnect', () => process.exit(1))

main().catch((error: unknown) => fail(`The admin server could not start: ${error instanceof Error ? error.message : String(error)}`))
