import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Payload } from 'payload'

import { exportAndBuildSite } from '../../cms/export/publishSite'
import { type MemoryAtPeak, watchMemoryAtPeak } from './memoryAtPeak'

/** One page of each type, found by the shape of its path in dist/. */
const PAGE_TYPES: Array<[string, RegExp]> = [
  ['home', /^index\.html$/],
  ['community', /^communities\/[^/]+\/index\.html$/],
  ['cluster', /^clusters\/[^/]+\/index\.html$/],
  ['plan', /^plans\/[^/]+\/index\.html$/],
  ['consultation', /^consultations\/(?!in\/)[^/]+\/index\.html$/],
  ['toolkit step', /^guidance\/[^/]+\/\d+\/index\.html$/],
  ['achievements', /^achievements\/index\.html$/],
  ['annual report', /^reports\/.+\/\d{4}\/index\.html$/],
]

const files = (dir: string, base = ''): string[] =>
  fs
    .readdirSync(path.join(dir, base), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(dir, path.join(base, entry.name)) : [path.join(base, entry.name)]))

/** What each part of a peak is, for the bench's line. */
const PARTS = {
  jsHeapMB: 'the JavaScript heap',
  otherNativeMB: "native memory outside the heap (native modules' allocators, such as Rolldown's in the Astro build, and thread stacks)",
  mallocMB: 'C allocations (malloc)',
  codeMB: 'code (Node and native modules)',
} as const

/** A peak as flat figures, with its biggest part named and the live objects' owners as one line, biggest first. */
const memoryFigures = (memory: MemoryAtPeak): Record<string, number | string> => {
  const [biggest] = (Object.keys(PARTS) as Array<keyof typeof PARTS>).sort((a, b) => memory[b] - memory[a])
  return {
    peakMB: memory.peakMB,
    jsHeapMB: memory.jsHeapMB,
    jsInUseMB: memory.jsInUseMB,
    otherNativeMB: memory.otherNativeMB,
    mallocMB: memory.mallocMB,
    codeMB: memory.codeMB,
    biggest: PARTS[biggest!],
    biggestMB: memory[biggest!],
    liveMB: memory.liveMB,
    liveOwners: memory.consumers.map((consumer) => `${consumer.what} ~${consumer.MB} MB`).join('; '),
  }
}

/**
 * What holds the memory of an export and build like the timed one: a second, untimed run of both
 * with the probe in each process, so that the probe (a few percent of CPU) never slows the
 * timed build, whose peaks are measured without it.
 */
const buildMemory = async (payload: Payload): Promise<{ astroAtPeak: MemoryAtPeak; astroProcesses: number; publisherAtPeak: MemoryAtPeak }> => {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-bench-astro-memory-'))
  const astroEnv = {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import "${path.resolve('scripts/bench/memoryAtPeak.ts')}"`.trim(),
    BENCH_MEMORY_REPORT: path.join(reports, 'astro'),
  }
  // This process's live objects (the snapshot, the search documents) are gone by the end, so they
  // are profiled at each new high, whose full collections lower its peak a little.
  const publisherMemory = watchMemoryAtPeak({ liveAtPeak: true })
  await exportAndBuildSite(payload, { full: true, astroEnv })
  const publisherAtPeak = publisherMemory.stop()
  // A full build runs one Astro process per core (at most two), each writing its own report: the biggest is shown.
  const astro = fs.readdirSync(reports).map((file) => JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8')) as MemoryAtPeak)
  fs.rmSync(reports, { recursive: true, force: true })
  const [astroAtPeak] = astro.sort((a, b) => b.peakMB - a.peakMB)
  if (!astroAtPeak) throw new Error('The Astro build wrote no memory report: was scripts/bench/memoryAtPeak.ts loaded?')
  return { astroAtPeak, astroProcesses: astro.length, publisherAtPeak }
}

/**
 * Exports and builds the site from whatever the database holds, then weighs one page of each
 * type: HTML with its inlined CSS, gzip-compressed, and the JavaScript it loads.
 */
export const benchSite = async (payload: Payload, report: (figure: Record<string, number | string>) => void, label: string) => {
  const started = performance.now()
  const load = os.loadavg()[0]!.toFixed(1)
  const built = await exportAndBuildSite(payload, { full: true })
  const exported = built.seconds.export
  const seconds = (performance.now() - started) / 1000
  const round = (value: number) => Number(value.toFixed(1))
  report({
    name: `site build (${label})`,
    pages: built.pages,
    seconds: round(seconds),
    pagesPerSecond: Math.round(built.pages / seconds),
    exportSeconds: round(exported),
    astroSeconds: round(built.seconds.astro),
    searchIndexSeconds: round(built.seconds.searchIndex),
    mediaSeconds: round(built.seconds.media),
    swapSeconds: round(built.seconds.swap),
    astroPeakMB: built.peakMemory.astroMB,
    publisherPeakMB: built.peakMemory.publisherMB,
    load,
  })
  const { astroAtPeak, astroProcesses, publisherAtPeak } = await buildMemory(payload)
  for (const [part, memory] of [
    [astroProcesses > 1 ? `Astro (the biggest of ${astroProcesses} processes)` : 'Astro', astroAtPeak],
    ['export and search index', publisherAtPeak],
  ] as const)
    report({
      name: `site build memory at peak (${label})`,
      process: part,
      liveWhen: part.startsWith('Astro') ? 'at the end' : 'at the peak',
      ...memoryFigures(memory),
    })
  if (built.search)
    report({
      name: `static search index (${label})`,
      documents: built.search.documents,
      files: built.search.files,
      sizeKB: Math.round(built.search.bytes / 1024),
      seconds: built.search.seconds,
    })

  const dist = path.resolve(process.env.SITE_OUT ?? 'dist')
  const weigh = (file: string) => {
    const html = fs.readFileSync(path.join(dist, file))
    const external = [...html.toString().matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((sum, [, src]) => sum + fs.statSync(path.join(dist, src!)).size, 0)
    const inline = [...html.toString().matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, [, body]) => sum + Buffer.byteLength(body ?? ''),
      0,
    )
    return { htmlCssGzipKB: Number((gzipSync(html).length / 1024).toFixed(1)), jsKB: Number(((external + inline) / 1024).toFixed(1)) }
  }
  const pages = files(dist).filter((file) => file.endsWith('.html'))
  const bySize = [...pages].sort((a, b) => fs.statSync(path.join(dist, b)).size - fs.statSync(path.join(dist, a)).size)
  for (const [type, pattern] of PAGE_TYPES) {
    const sample = bySize.find((file) => pattern.test(file))
    if (sample) report({ name: `page weight (${label})`, type, ...weigh(sample) })
  }
  // Every page weighed once, heaviest first: the heaviest of all, and of the site map's pages.
  const weighed = pages.map((file) => ({ file, ...weigh(file) })).sort((a, b) => b.htmlCssGzipKB - a.htmlCssGzipKB)
  const reportWeight = (type: string, { htmlCssGzipKB, jsKB }: { htmlCssGzipKB: number; jsKB: number }) =>
    report({ name: `page weight (${label})`, type, htmlCssGzipKB, jsKB })
  // The site map pages its big sections (site/lib/siteMap.ts): its overview, and the heaviest of all its pages.
  const siteMap = weighed.filter(({ file }) => /^site-map\/(.+\/)?index\.html$/.test(file))
  const overview = siteMap.find((page) => page.file === 'site-map/index.html')
  if (overview) reportWeight(`site map overview (of ${siteMap.length} site map pages)`, overview)
  if (siteMap[0]) reportWeight(`heaviest site map page, /${siteMap[0].file}`, siteMap[0])
  if (weighed[0]) reportWeight(`heaviest page, /${weighed[0].file}`, weighed[0])
}
