import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Payload } from 'payload'

import { buildSite, writeSnapshot } from '../../cms/export/publishSite'

/** One page of each type, found by the shape of its path in dist/. */
const PAGE_TYPES: Array<[string, RegExp]> = [
  ['home', /^index\.html$/],
  ['community', /^communities\/[^/]+\/index\.html$/],
  ['cluster', /^clusters\/[^/]+\/index\.html$/],
  ['plan', /^plans\/[^/]+\/index\.html$/],
  ['consultation', /^consultations\/(?!in\/)[^/]+\/index\.html$/],
  ['toolkit step', /^guidance\/[^/]+\/\d+\/index\.html$/],
  ['achievements', /^achievements\/index\.html$/],
]

const files = (dir: string, base = ''): string[] =>
  fs.readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(dir, path.join(base, entry.name)) : [path.join(base, entry.name)],
  )

/**
 * Exports and builds the site from whatever the database holds, then weighs one page of each
 * type: HTML with its inlined CSS, gzip-compressed, and the JavaScript it loads.
 */
export const benchSite = async (payload: Payload, report: (figure: Record<string, number | string>) => void, label: string) => {
  const started = performance.now()
  const expected = await writeSnapshot(payload)
  const { pages } = await buildSite(expected)
  const seconds = (performance.now() - started) / 1000
  report({ name: `site build (${label})`, pages, seconds: Number(seconds.toFixed(1)), pagesPerSecond: Math.round(pages / seconds) })

  const dist = path.resolve(process.env.SITE_OUT ?? 'dist')
  const all = files(dist)
  const heaviest = all
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, kb: gzipSync(fs.readFileSync(path.join(dist, file))).length / 1024 }))
    .sort((a, b) => b.kb - a.kb)[0]
  if (heaviest) report({ name: `page weight (${label})`, type: `heaviest page, /${heaviest.file}`, htmlCssGzipKB: Number(heaviest.kb.toFixed(1)), jsKB: 0 })
  for (const [type, pattern] of PAGE_TYPES) {
    const sample = all.filter((file) => pattern.test(file)).sort((a, b) => fs.statSync(path.join(dist, b)).size - fs.statSync(path.join(dist, a)).size)[0]
    if (!sample) continue
    const html = fs.readFileSync(path.join(dist, sample))
    const scripts = [...html.toString().matchAll(/<script[^>]*src="([^"]+)"/g)].map(([, src]) => fs.statSync(path.join(dist, src!)).size)
    const inline = [...html.toString().matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, [, body]) => sum + Buffer.byteLength(body ?? ''), 0)
    report({ name: `page weight (${label})`, type, htmlCssGzipKB: Number((gzipSync(html).length / 1024).toFixed(1)), jsKB: Number(((scripts.reduce((a, b) => a + b, 0) + inline) / 1024).toFixed(1)) })
  }
}
