import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { seedDemo } from '../../../cms/seed/demo'
import { freePort } from '../../support/freePort'
import { buildSite, writeSnapshot } from '../../../cms/export/publishSite'
import { filesUnder } from '../../int/support/demoSnapshot'
import { startPayload } from '../../int/support/payload'

export type BuiltSite = { dir: string; url: string; pages: string[]; payload: Payload; stop: () => Promise<void> }

/** The file in a built site that answers a link: a page's index.html, or the file itself. */
export const builtFileFor = (dir: string, urlPath: string): string => {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!)
  return path.join(dir, clean.endsWith('/') ? `${clean}index.html` : clean)
}

/** The links one page of the HTML site map lists, in its lists of pages (not its header, footer or pager). */
export const siteMapLinksOn = (dir: string, urlPath: string): string[] =>
  [...fs.readFileSync(builtFileFor(dir, urlPath), 'utf8').matchAll(/<ul class="site-map">([\s\S]*?)<\/ul>/g)].flatMap(([, list]) =>
    [...list!.matchAll(/<li><a href="([^"]+)"/g)].map(([, href]) => href!),
  )

/**
 * Every link the HTML site map lists: the overview's, and those of the listing pages it links to
 * for its big sections (/site-map/<section>/...).
 */
export const siteMapLinks = (dir: string): string[] => {
  const overview = siteMapLinksOn(dir, '/site-map/')
  const listings = overview.filter((href) => href.startsWith('/site-map/') && href !== '/site-map/')
  return [...overview, ...listings.flatMap((listing) => siteMapLinksOn(dir, listing))]
}

/** Every HTML file under dir, as the URL path a visitor would use. */
const pagePaths = (dir: string): string[] =>
  [...filesUnder(dir, () => undefined).keys()]
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/${name.replace(/index\.html$/, '').replace(/\\/g, '/')}`)

const PREVIEW_TIMEOUT_MS = 90_000

/**
 * `astro preview` of SITE_OUT on a free loopback port, once it answers. Test files run side by
 * side, and Astro refuses a second preview of one project unless told to ignore its lock file.
 * A port taken between choosing and binding it is tried again with another; a preview that
 * stops, or does not answer within 90 s (a loaded machine), fails with its own output.
 */
const startPreview = async (): Promise<{ url: string; child: ChildProcess }> => {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort()
    const child = spawn(path.resolve('node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => (output += chunk.toString())
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const url = `http://127.0.0.1:${port}`
    const deadline = Date.now() + PREVIEW_TIMEOUT_MS
    while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
      const up = await fetch(url).then(
        () => true,
        () => false,
      )
      if (up) return { url, child }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    child.kill('SIGKILL')
    if (attempt < 3 && /EADDRINUSE|already in use/i.test(output)) continue
    throw new Error(
      `astro preview ${child.exitCode === null ? `did not answer at ${url} within ${PREVIEW_TIMEOUT_MS / 1000} s` : 'stopped'}:\n${output.slice(-2000)}`,
    )
  }
}

/**
 * The real pipeline on a database of its own: seed the demo district, export the snapshot as
 * the public, build with Astro into a temporary folder, and serve it with `astro preview`.
 * `prepare` runs after seeding and before the export, to add content a test needs.
 */
export const buildDemoSite = async (prepare: (payload: Payload) => Promise<void> = async () => {}): Promise<BuiltSite> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-site-'))
  process.env.SITE_SNAPSHOT = path.join(dir, 'snapshot.json')
  process.env.SITE_OUT = path.join(dir, 'dist')
  const { payload, stop: stopPayload } = await startPayload()
  await seedDemo(payload)
  await prepare(payload)
  await writeSnapshot(payload)
  await buildSite()
  const { url, child: preview } = await startPreview()
  return {
    dir: process.env.SITE_OUT,
    url,
    pages: pagePaths(process.env.SITE_OUT),
    payload,
    stop: async () => {
      preview.kill('SIGTERM')
      await stopPayload()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
