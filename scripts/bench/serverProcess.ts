import fs from 'node:fs'
import path from 'node:path'

/** Clock ticks per second in /proc/<pid>/stat: 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100

/** CPU time (user + system) another process has used so far, in ms; Linux only (elsewhere 0). */
export const cpuMsOf = (pid: number | undefined): number => {
  try {
    // The command name (field 2) may hold spaces, so count fields from the closing parenthesis.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return 0
  }
}

type HeapSpace = { memorySize: number; used: number }
type DiagnosticReport = { javascriptHeap: { totalMemory: number; heapSpaces: Record<string, HeapSpace> }; resourceUsage: { rss: number } }

/**
 * Where a process's resident memory sits at the moment it writes a diagnostic report
 * (`--report-on-signal`): each V8 heap space, and what lies outside the JavaScript heap (native
 * code and libraries, buffers, SQLite's page cache), largest first, in MB.
 */
export const memoryBreakdown = (reportFile: string): Array<{ part: string; mb: number }> => {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as DiagnosticReport
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
  const spaces = Object.entries(report.javascriptHeap.heapSpaces).map(([space, { memorySize }]) => ({ part: `V8 ${space}`, mb: mb(memorySize) }))
  const outside = {
    part: 'outside the V8 heap (native code, libraries, buffers, SQLite)',
    mb: mb(Number(report.resourceUsage.rss) - report.javascriptHeap.totalMemory),
  }
  return [...spaces, outside].filter((entry) => entry.mb > 0).sort((a, b) => b.mb - a.mb)
}

type HeapNode = { callFrame: { url: string }; selfSize: number; children: HeapNode[] }

/** The package (or, outside node_modules, the file) a script URL belongs to. */
const ownerOf = (url: string): string => {
  if (url === '') return '(V8 and Node internals)'
  if (url.startsWith('node:')) return 'node'
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)]
  if (packages.length > 0) return packages.at(-1)![1]!
  // Next's server bundles name each chunk after the modules in it.
  const chunk = /\/\.next\/server\/chunks\/(?:ssr\/)?(.+)$/.exec(url)
  if (chunk) return `Next bundle: ${chunk[1]!.replace(/_[0-9a-z]{8,}\._\.js$/, '').slice(0, 60)}`
  return path.relative(process.cwd(), url.replace(/^file:\/\//, ''))
}

/**
 * The live JavaScript objects in a sampling heap profile (`--heap-prof`, written as the process
 * exits), summed by the package whose code asked for them, largest first, in MB. An allocation
 * inside Node or V8 (a Buffer, a Map) counts for the nearest caller outside them.
 */
export const heapByPackage = (profileFile: string, top = 5): Array<{ part: string; mb: number }> => {
  const totals = new Map<string, number>()
  const internal = (owner: string) => owner === 'node' || owner === '(V8 and Node internals)'
  const visit = (node: HeapNode, caller: string) => {
    const own = ownerOf(node.callFrame.url)
    const owner = internal(own) && caller !== '' ? caller : own
    totals.set(owner, (totals.get(owner) ?? 0) + node.selfSize)
    for (const child of node.children) visit(child, internal(owner) ? caller : owner)
  }
  visit((JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { head: HeapNode }).head, '')
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([part, bytes]) => ({ part, mb: Math.round((bytes / 1024 / 1024) * 10) / 10 }))
}
