import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

import { sendNewsletter } from '../../cms/newsletters/sendNewsletterTask'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { report } from './figures'
import { QUEUES } from '../../cms/shared/queues'

/** A local SMTP server that only counts: how many times each Message-ID arrived. */
const startCountingSink = async () => {
  const seen = new Map<string, number>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = ''
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('utf8')
      })
      stream.on('end', () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `missing-${seen.size}`
        seen.set(id, (seen.get(id) ?? 0) + 1)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, seen, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/**
 * 10,000 confirmed recipients (BENCH_RECIPIENTS) and one newsletter, sent through the jobs
 * queue over pooled SMTP to a local sink: total time from queue to done, messages per second,
 * and whether anyone was missed or mailed twice.
 */
runScript(async () => {
  const recipients = Number(process.env.BENCH_RECIPIENTS ?? 10_000)
  const sink = await startCountingSink()
  process.env.SMTP_URL = sink.url
  const booted = performance.now()
  const payload = await bootPayload()
  process.stderr.write(`  booted in ${((performance.now() - booted) / 1000).toFixed(1)} s\n`)
  const place = await payload.create({
    collection: 'communities',
    depth: 0,
    data: { name: 'Benchford', kind: 'town', summary: 'A made-up town with many readers.' },
  })
  const givenAt = new Date().toISOString()
  const setupStarted = performance.now()
  // Setup, not measured: straight to the database, one commit per thousand.
  for (let start = 0; start < recipients; start += 1000) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (let index = start; index < Math.min(recipients, start + 1000); index += 1) {
      await payload.db.create({
        collection: 'subscribers',
        data: {
          email: `reader${index}@bench.example.org`,
          status: 'confirmed',
          communities: [place.id],
          clusters: [],
          permanentFailures: 0,
          consent: { givenAt, source: 'website', wordingVersion: 'bench' },
        },
        req: { transactionID },
      })
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
  process.stderr.write(`  made ${recipients} subscribers in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s\n`)
  const newsletter = await payload.create({
    collection: 'newsletters',
    depth: 0,
    data: { subject: 'Benchford news', intro: 'Many readers, one newsletter.', audience: { kind: 'everyone' }, content: { mode: 'picked' }, status: 'draft' },
  })

  const started = performance.now()
  await payload.jobs.queue({ task: sendNewsletter.slug, input: { newsletter: String(newsletter.id) }, queue: QUEUES.newsletters })
  await payload.update({ collection: 'newsletters', id: newsletter.id, depth: 0, data: { status: 'sending' } })
  await payload.jobs.run({ queue: QUEUES.newsletters })
  const seconds = (performance.now() - started) / 1000

  const lost = recipients - sink.seen.size
  const duplicated = [...sink.seen.values()].reduce((sum, count) => sum + count - 1, 0)
  const status = (await payload.findByID({ collection: 'newsletters', id: newsletter.id, depth: 0 })).status
  report({
    name: 'newsletter send',
    recipients,
    seconds: Number(seconds.toFixed(1)),
    messagesPerSecond: Math.round(recipients / seconds),
    lost,
    duplicated,
    status,
  })
  await sink.stop()
  await payload.destroy()
})
