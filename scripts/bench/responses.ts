// First: the Payload config below reads PAYLOAD_SECRET as it loads, and a fresh clone has none set.
import '../../cms/cli/prepareEnvironment'

import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type autocannon from 'autocannon'

import config from '../../cms/payload.config'
import { questionField } from '../../cms/responses/submission'
import { startApiServer } from '../../tests/support/apiServer'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { report } from './figures'

const DAY = 24 * 60 * 60 * 1000

/**
 * The public response endpoint under load on loopback: the same routes the admin server runs,
 * served by Payload's handleEndpoints, with valid answers posted as a no-JS form would.
 */
runScript(async () => {
  const payload = await bootPayload()
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

  const api = await startApiServer(config)
  const url = `${api.url}/api/consultations/${consultation.id}/respond`
  // The load comes from a process of its own, so it does not share the server's event loop.
  const load = async (seconds: number): Promise<autocannon.Result> => {
    const args = [
      '-c',
      String(process.env.BENCH_CONNECTIONS ?? 10),
      '-d',
      String(seconds),
      '-m',
      'POST',
      '-H',
      'content-type=application/x-www-form-urlencoded',
      '-H',
      'accept=application/json',
      '-b',
      body,
      '--json',
      url,
    ]
    const { stdout } = await promisify(execFile)(path.resolve('node_modules/.bin/autocannon'), args, { maxBuffer: 16 * 1024 * 1024 })
    return JSON.parse(stdout) as autocannon.Result
  }
  await load(2)
  const before = (await payload.count({ collection: 'responses' })).totalDocs
  const cpuBefore = process.cpuUsage()
  const result = await load(Number(process.env.BENCH_SECONDS ?? 10))
  const cpu = process.cpuUsage(cpuBefore)
  // Server CPU per accepted answer: steadier than req/s when other work shares the machine.
  const cpuMsPerRequest = (cpu.user + cpu.system) / 1000 / Math.max(1, result['2xx'])
  const stored = (await payload.count({ collection: 'responses' })).totalDocs - before
  report({
    name: 'response endpoint',
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    stored,
    cpuMsPerRequest: Number(cpuMsPerRequest.toFixed(2)),
    // This process is the server (the load comes from autocannon's own process).
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })
  await api.stop()
  await payload.destroy()
})
