import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import compression from 'compression'
import serveStatic from 'serve-static'

/** Astro puts every file whose name carries its content hash under /_astro/: those never change. */
const HASHED = /[\\/]_astro[\\/]/
const cacheControl = (file: string): string => {
  if (HASHED.test(file)) return 'public, max-age=31536000, immutable'
  // Pages change with every rebuild; a minute keeps a burst of visits cheap and edits visible soon.
  if (file.endsWith('.html')) return 'public, max-age=60, must-revalidate'
  return 'public, max-age=3600'
}

type Next = (error?: unknown) => void

/**
 * Serves the built public site from `dir` with compression and cache headers, and the site's
 * own 404 page for anything missing. serve-static looks files up on each request, so the
 * rebuild job swapping a new `dir` in is picked up at once (sirv lists files only at start).
 */
export const createSiteServer = (dir: string): http.Server => {
  const compress = compression()
  const files = serveStatic(dir, { index: ['index.html'], fallthrough: true, setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControl(file)) })
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(dir, '404.html')
    res.statusCode = 404
    res.setHeader('Cache-Control', 'public, max-age=60')
    if (!fs.existsSync(page)) return res.end('Not found')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(fs.readFileSync(page))
  }
  return http.createServer((req, res) => {
    const fail: Next = (error) => {
      const status = (error as { status?: number } | undefined)?.status ?? 500
      if (!error || status === 404) return notFound(res)
      res.statusCode = status
      res.end(status === 400 ? 'Bad request' : 'Server error')
    }
    // compression's and serve-static's types name Express's request and response; they need only Node's.
    compress(req as never, res as never, (error?: unknown) => {
      if (error) fail(error)
      else void files(req, res, fail)
    })
  })
}
