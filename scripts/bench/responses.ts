// First: the Payload config below reads PAYLOAD_SECRET as it loads, and a fresh clone has none set.
import '../../cms/cli/prepareEnvironment'

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type autocannon from 'autocannon'
import type { Payload } from 'payload'

import config from '../../cms/payload.config'
import { questionField } from '../../cms/responses/submission'
import { startApiServer } from '../../tests/support/apiServer'
import { freePort } from '../../tests/support/freePort'
import { adminBuildIsStale, buildAdmin, startAdminServer } from '../../cms/cli/admin'
import { bootPayload } from '../../cms/cli/bootPayload'
import { usesMongo } from '../../cms/database'
import { runScript } from '../../cms/cli/runScript'
import { watchPeakMemory } from '../../cms/lib/peakMemory'
import { report } from './figures'
import { cpuMsOf, heapByPackage, memoryBreakdown } from './serverProcess'

const DAY = 24 * 60 * 60 * 1000

/**
 * The same load through the production server before the endpoint was made faster: the median
 * of three runs on commit 55b6bac, on a 2-core machine shared with other work (load average
 * about 11), so slower than a quiet machine would give; CPU per answer is the steadier figure.
 */
const BEFORE = { commit: '55b6bac', requestsPerSecond: 89, p50: 94, p99: 373, cpuMsPerAnswer: 5.33, peakRssMB: 394, load: '10.86' }

/** A published, open consultation with one question of each kind, and a valid no-JS form body answering them all. */
const openConsultation = async (payload: Payload): Promise<{ id: number | string; body: string }> => {
  const community = await payload.create({
    collection: 'communities',
    data: { name: 'Benchmark Parish', kind: 'parish', summary: 'A parish for the benchmark.' },
  })
  const consultation = await payload.create({
    collection: 'consultations',
    data: {
      title: 'Benchmark consultation',
      communities: [community.id],
      summary: 'Answered many times a second.',
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      questions: [
        { prompt: 'What would help?', kind: 'text', required: true },
        { prompt: 'Which option?', kind: 'single', options: [{ label: 'One' }, { label: 'Two' }] },
        { prompt: 'Which times?', kind: 'multiple', options: [{ label: 'Mornings' }, { label: 'Evenings' }] },
        { prompt: 'How much?', kind: 'scale', required: true },
      ],
      _status: 'published',
    },
  })
  const [text, single, multiple, scale] = consultation.questions!
  const body = new URLSearchParams([
    [questionField(text!.id!), 'A safer crossing by the school, and a bench at the bus stop.'],
    [questionField(single!.id!), single!.options![1]!.id!],
    [questionField(multiple!.id!), multiple!.options![0]!.id!],
    [questionField(multiple!.id!), multiple!.options![1]!.id!],
    [questionField(scale!.id!), '4'],
    ['eq-ageBand', '45-64'],
    ['website', ''],
  ]).toString()
  return { id: consultation.id, body }
}

/** Posts the form from autocannon's own process, so the load does not share the server's event loop. */
const load = async (url: string, body: string, seconds: number): Promise<autocannon.Result> => {
  const args = [
    ...['-c', String(process.env.BENCH_CONNECTIONS ?? 10), '-d', String(seconds), '-m', 'POST'],
    ...['-H', 'content-type=application/x-www-form-urlencoded', '-H', 'accept=application/json', '-b', body, '--json', url],
  ]
  const { stdout } = await promisify(execFile)(path.resolve('node_modules/.bin/autocannon'), args, { maxBuffer: 16 * 1024 * 1024 })
  return JSON.parse(stdout) as autocannon.Result
}

/** Warms the server up, then loads it for BENCH_SECONDS; server CPU per answer is steadier than req/s on a shared machine. */
const measure = async (payload: Payload, url: string, body: string, serverCpuMs: () => number) => {
  await load(url, body, 2)
  const storedBefore = (await payload.count({ collection: 'responses' })).totalDocs
  const cpuBefore = serverCpuMs()
  const result = await load(url, body, Number(process.env.BENCH_SECONDS ?? 10))
  const cpuMs = serverCpuMs() - cpuBefore
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    stored: (await payload.count({ collection: 'responses' })).totalDocs - storedBefore,
    cpuMsPerAnswer: Number((cpuMs / Math.max(1, result['2xx'])).toFixed(2)),
    load: os.loadavg()[0]!.toFixed(2),
  }
}

const waitUntilServing = async (url: string, exited: () => boolean): Promise<void> => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && !exited()) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status > 0 && status < 500) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The admin server did not answer at ${url}.`)
}

/**
 * The public response endpoint under load on loopback, the way residents reach it: the built
 * admin served by scripts/admin-server.ts (what `npm start` and `npm run serve` run), valid
 * answers posted as the no-JS form does. Then, for comparison, the old way of measuring it:
 * Payload's handleEndpoints in this process, without Next.
 */
runScript(async () => {
  const payload = await bootPayload()
  const consultation = await openConsultation(payload)
  if (adminBuildIsStale()) {
    console.log('Building the admin for the response benchmark…')
    await buildAdmin()
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-responses-'))
  const port = await freePort()
  const server = startAdminServer(port, path.join(work, 'admin.log'), {
    HOST: '127.0.0.1',
    // A diagnostic report on demand (heap spaces at peak), and which code holds the heap as it exits.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --report-on-signal --report-signal=SIGUSR2 --report-directory=${work} --heap-prof --heap-prof-dir=${work}`,
  })
  let exited = false
  void server.exited.then(() => (exited = true))
  const pid = server.child.pid
  try {
    const url = `http://127.0.0.1:${port}/api/consultations/${consultation.id}/respond`
    await waitUntilServing(`http://127.0.0.1:${port}/api/consultations/${consultation.id}`, () => exited)
    const peak = watchPeakMemory(pid)
    const figures = await measure(payload, url, consultation.body, () => cpuMsOf(pid))
    process.kill(pid!, 'SIGUSR2')
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const peakRssMB = peak.stop()
    // Disconnecting makes the server exit through process.exit, which writes its heap profile.
    server.child.disconnect()
    await server.exited
    const file = (suffix: string) => fs.readdirSync(work).find((name) => name.endsWith(suffix))
    const reportFile = file('.json')
    const heapFile = file('.heapprofile')
    const memory = reportFile ? memoryBreakdown(path.join(work, reportFile)) : []
    const heap = heapFile ? heapByPackage(path.join(work, heapFile)) : []
    const ratio = (after: number, before: number) => (before > 0 ? (after / before).toFixed(2) : 'n/a')
    report({
      name: 'response endpoint',
      ...figures,
      peakRssMB,
      biggestConsumer: memory.map((part) => `${part.part} ${part.mb} MB`).join(', '),
      heapByPackage: heap.map((part) => `${part.part} ${part.mb} MB`).join(', '),
      // The before figure was measured on SQLite only.
      ...(usesMongo()
        ? {}
        : {
            before: `${BEFORE.requestsPerSecond} req/s, p50 ${BEFORE.p50} ms, p99 ${BEFORE.p99} ms, ${BEFORE.cpuMsPerAnswer} ms CPU per answer, peak ${BEFORE.peakRssMB} MB (commit ${BEFORE.commit}, load ${BEFORE.load})`,
            ratios: `req/s ${ratio(figures.requestsPerSecond, BEFORE.requestsPerSecond)}, p99 ${ratio(figures.p99, BEFORE.p99)}, CPU per answer ${ratio(figures.cpuMsPerAnswer, BEFORE.cpuMsPerAnswer)}, peak memory ${ratio(peakRssMB, BEFORE.peakRssMB)}`,
          }),
    })
  } finally {
    if (!exited) server.child.kill('SIGKILL')
    fs.rmSync(work, { recursive: true, force: true })
  }

  const api = await startApiServer(config)
  const cpuMs = () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  }
  const old = await measure(payload, `${api.url}/api/consultations/${consultation.id}/respond`, consultation.body, cpuMs)
  report({ name: 'response endpoint without Next', ...old })
  await api.stop()
  await payload.destroy()
})
