import fs from 'node:fs'
import { Session } from 'node:inspector'
import path from 'node:path'
import { isMainThread } from 'node:worker_threads'

/**
 * What holds a process's memory at its peak, and what its JavaScript keeps alive.
 *
 * At the peak (Linux: /proc/self/smaps, no side effects): the JavaScript heap's pages, as much as
 * is in use (live objects and garbage not yet collected), C allocations (malloc), other anonymous
 * memory (native modules' own allocators, such as the mimalloc arena of Vite's Rolldown bundler
 * and Astro's compiler, and thread stacks) and code (Node and native modules).
 * V8's sampling heap profile gives the live objects by whoever allocated them. Taking it runs a
 * full garbage collection, which would change the build being measured, so by default it is taken
 * once, at the end; `liveAtPeak` takes it with each breakdown instead (for a process whose live
 * objects are gone by the end, such as the export's).
 *
 * Loaded with `--import` into the Astro build (the bench sets NODE_OPTIONS and BENCH_MEMORY_REPORT,
 * a file to write the figures to on exit); imported by the bench for its own process. Plain
 * TypeScript that Node runs without a loader.
 */
export type Consumer = { what: string; MB: number }
export type MemoryParts = { jsHeapMB: number; jsInUseMB: number; mallocMB: number; otherNativeMB: number; codeMB: number }
export type MemoryAtPeak = MemoryParts & {
  peakMB: number
  /** Live JavaScript objects at the end, or at the peak with `liveAtPeak` (after a full collection), and their biggest owners. */
  liveMB: number
  consumers: Consumer[]
}

type ProfileNode = { callFrame: { functionName: string; url: string }; selfSize: number; children: ProfileNode[] }

const MB = 1024 * 1024
const root = process.cwd()

/** The package a script belongs to, or a project file by its path. */
const owner = (url: string): string | undefined => {
  if (!url) return undefined
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  if (inPackage) return `package ${inPackage[1]}`
  // Node's own modules (node:fs reading a file, say) count for whoever called them.
  if (file.startsWith('node:') || !file.startsWith('/')) return undefined
  // Astro's bundle of the site's pages: name the chunk, which is named after its main module.
  const chunk = /\.prerender\/chunks\/(.+?)_[\w-]+\.mjs$/.exec(file)
  if (chunk) return `site code (Astro chunk ${chunk[1]})`
  return path.relative(root, file)
}

/** Live heap bytes by owner: each allocation goes to the nearest frame on its stack that has a script of its own. */
const byOwner = (head: ProfileNode): Map<string, number> => {
  const totals = new Map<string, number>()
  const walk = (node: ProfileNode, inherited: string) => {
    const here = owner(node.callFrame.url) ?? inherited
    if (node.selfSize) totals.set(here, (totals.get(here) ?? 0) + node.selfSize)
    for (const child of node.children) walk(child, here)
  }
  walk(head, 'V8 and Node (no script on the stack)')
  return totals
}

/** Resident kB by kind of mapping; zeros where there is no /proc. */
const residentByKind = (): { anon: number; malloc: number; code: number } => {
  const kinds = { anon: 0, malloc: 0, code: 0 }
  let smaps: string
  try {
    smaps = fs.readFileSync('/proc/self/smaps', 'utf8')
  } catch {
    return kinds
  }
  let kind: keyof typeof kinds | undefined = 'anon'
  for (const line of smaps.split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line)
    if (mapping) {
      const name = mapping[1]!
      kind = name === '' ? 'anon' : name === '[heap]' ? 'malloc' : name.startsWith('/') ? 'code' : undefined
    } else if (kind && line.startsWith('Rss:')) kinds[kind] += Number(line.split(/\s+/)[1])
  }
  return kinds
}

/**
 * Looks at resident memory every quarter second and, each time it has grown by a twentieth since
 * the last breakdown, breaks it down again: the parts at `stop` are those of the highest point
 * seen (within 5 % of the true peak).
 */
export const watchMemoryAtPeak = ({ liveAtPeak = false } = {}): { stop: () => MemoryAtPeak } => {
  const session = new Session()
  session.connect()
  // The main thread's session answers synchronously.
  const post = <T>(method: string, params: object = {}): T => {
    let answer: T | undefined
    session.post(method, params, (error, result) => {
      if (error) throw error
      answer = result as T
    })
    return answer as T
  }
  post('HeapProfiler.enable')
  post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 })
  let peakRss = 0
  let brokenDownAt = 0
  let parts: MemoryParts = { jsHeapMB: 0, jsInUseMB: 0, mallocMB: 0, otherNativeMB: 0, codeMB: 0 }
  let live = { liveMB: 0, consumers: [] as Consumer[] }
  const takeLive = () => {
    const { profile } = post<{ profile: { head: ProfileNode } }>('HeapProfiler.getSamplingProfile')
    const consumers = [...byOwner(profile.head)]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([what, bytes]) => ({ what, MB: Math.round(bytes / MB) }))
    live = { liveMB: Math.round(process.memoryUsage().heapUsed / MB), consumers }
  }
  const look = () => {
    const rss = process.memoryUsage.rss()
    peakRss = Math.max(peakRss, rss)
    if (rss < brokenDownAt * 1.05) return
    brokenDownAt = rss
    const usage = process.memoryUsage()
    const kinds = residentByKind()
    parts = {
      jsHeapMB: Math.round(usage.heapTotal / MB),
      jsInUseMB: Math.round(usage.heapUsed / MB),
      mallocMB: Math.round(kinds.malloc / 1024),
      // The JavaScript heap's pages are anonymous memory too.
      otherNativeMB: Math.max(0, Math.round((kinds.anon * 1024 - usage.heapTotal) / MB)),
      codeMB: Math.round(kinds.code / 1024),
    }
    if (liveAtPeak) takeLive()
  }
  const timer = setInterval(look, 250)
  timer.unref()
  look()
  return {
    stop: () => {
      clearInterval(timer)
      look()
      if (!liveAtPeak) takeLive()
      post('HeapProfiler.stopSampling')
      session.disconnect()
      return { peakMB: Math.round(peakRss / MB), ...parts, ...live }
    },
  }
}

// Only the process it was meant for: not its worker threads, nor processes it starts.
const reportFile = process.env.BENCH_MEMORY_REPORT
delete process.env.BENCH_MEMORY_REPORT
if (reportFile && isMainThread) {
  const watch = watchMemoryAtPeak()
  // One file per process: a full build runs several Astro processes (cms/export/publishSite.ts).
  process.on('exit', () => fs.writeFileSync(`${reportFile}.${process.pid}.json`, JSON.stringify(watch.stop())))
}
