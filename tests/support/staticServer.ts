import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.xml': 'application/xml',
}

/**
 * Serves a built site on loopback the way a static host does: text (the static search
 * index's JSON too) gzip-compressed, everything else as it is. Counts the bytes it sends for
 * everything but HTML pages: what a search costs on top of the page it starts from.
 */
export const serveStatic = async (dir: string): Promise<{ url: string; sent: (only?: RegExp) => number; close: () => Promise<void> }> => {
  const sent = new Map<string, number>()
  const server = http.createServer((request, response) => {
    const clean = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = path.join(dir, clean)
    if (!file.startsWith(dir)) file = dir
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!fs.existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    const type = TYPES[path.extname(file)]
    const raw = fs.readFileSync(file)
    const body = type ? gzipSync(raw) : raw
    if (!file.endsWith('.html')) sent.set(clean, (sent.get(clean) ?? 0) + body.length)
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'content-length': body.length,
      ...(type ? { 'content-encoding': 'gzip' } : {}),
    })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Bytes sent so far, or only for paths matching `only`. */
    sent: (only?: RegExp) => [...sent].reduce((sum, [file, bytes]) => sum + (!only || only.test(file) ? bytes : 0), 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
