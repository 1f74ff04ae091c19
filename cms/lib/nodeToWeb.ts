import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The request body as a web stream, chunk by chunk as it arrives, as Next hands it to a route
 * handler. A handler that stops reading (e.g. at a size limit) leaves the connection alone: the
 * rest is read and dropped, so the client still gets the answer.
 */
const bodyStream = (req: IncomingMessage): ReadableStream<Uint8Array> => {
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

/** A Node request as the web `Request` Payload's handleEndpoints takes, its body streamed through. */
export const webRequestFrom = (req: IncomingMessage): Request => {
  const method = req.method ?? 'GET'
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const init: RequestInit & { duplex: 'half' } = {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : bodyStream(req),
    duplex: 'half',
  }
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), init)
}

/** Writes a web `Response` to a Node response, each Set-Cookie header kept apart. */
export const sendWebResponse = async (res: ServerResponse, response: Response): Promise<void> => {
  const headers: Record<string, string | string[]> = Object.fromEntries(response.headers)
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
}
