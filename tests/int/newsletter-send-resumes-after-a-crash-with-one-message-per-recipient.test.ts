import { type ChildProcess, spawn } from 'node:child_process'

import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEND_PARALLELISM } from '../../cms/newsletters/sendNewsletter'
import { community } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { type SmtpSink, startSmtpSink } from './support/smtpSink'

const RECIPIENTS = 230
const KILL_AT = 90

type Crash = { subject: string; at: number; moment: 'as a message starts' | 'after the server took a message, before its 250' }

let sink: SmtpSink
let app: TestPayload
let payload: Payload
let sender: ChildProcess | undefined
let crash: Crash | undefined

const received = (subject: string): ParsedMail[] => sink.messages.filter((mail) => mail.subject === subject)

const crashIfDue = (moment: Crash['moment']) => {
  if (!crash || crash.moment !== moment || received(crash.subject).length < crash.at) return
  crash = undefined
  sender?.kill('SIGKILL')
}

/** The real command an operator runs, in its own process, on the same database and mail server. */
const runSender = (...args: string[]) => {
  // Node itself with tsx as a loader: the tsx command would run the script in a child that SIGKILL to the parent leaves alive.
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', 'scripts/send-newsletters.ts', ...args], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  sender = child
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  )
}

beforeAll(async () => {
  sink = await startSmtpSink({
    onRcptTo: (_address, _session, callback) => {
      crashIfDue('as a message starts')
      callback()
    },
    onMessage: () => crashIfDue('after the server took a message, before its 250'),
  })
  process.env.SMTP_URL = sink.url
  app = await startPayload()
  payload = app.payload
  const place = await community(payload, 'Crashton')
  for (let index = 0; index < RECIPIENTS; index += 1) {
    await payload.create({
      collection: 'subscribers',
      depth: 0,
      data: {
        email: `reader${index}@example.org`,
        status: 'confirmed',
        communities: [place.id],
        consent: { givenAt: new Date().toISOString(), source: 'website', wordingVersion: 'test' },
      },
    })
  }
}, 300_000)
afterAll(async () => {
  sender?.kill('SIGKILL')
  await app?.stop()
  await sink?.stop()
  delete process.env.SMTP_URL
})

/** Sends a newsletter with a sender killed (SIGKILL) at the given moment, then resumes with a second sender. */
const sendThroughACrash = async (subject: string, moment: Crash['moment']) => {
  const newsletter = await payload.create({
    collection: 'newsletters',
    depth: 0,
    data: {
      subject,
      intro: 'Still here.',
      audience: { kind: 'everyone' },
      content: { mode: 'picked' },
      status: 'scheduled',
      scheduledFor: new Date().toISOString(),
    },
  })
  crash = { subject, at: KILL_AT, moment }
  const killed = await runSender()
  expect(killed.signal, killed.output).toBe('SIGKILL')
  const beforeCrash = received(subject).length
  expect(beforeCrash).toBeGreaterThanOrEqual(KILL_AT)
  expect(beforeCrash).toBeLessThan(RECIPIENTS)
  const claimed = (
    await payload.count({ collection: 'newsletter-deliveries', where: { and: [{ newsletter: { equals: newsletter.id } }, { status: { equals: 'sending' } }] } })
  ).totalDocs

  const resumed = await runSender('--resume')
  expect(resumed.code, resumed.output).toBe(0)

  const deliveries = await payload.find({
    collection: 'newsletter-deliveries',
    depth: 0,
    pagination: false,
    limit: 0,
    where: { newsletter: { equals: newsletter.id } },
  })
  expect(deliveries.docs).toHaveLength(RECIPIENTS)
  expect(deliveries.docs.filter((delivery) => delivery.status !== 'sent')).toEqual([])
  expect((await payload.findByID({ collection: 'newsletters', id: newsletter.id, depth: 0 })).status).toBe('sent')

  const idsByReader = new Map<string, string[]>()
  for (const mail of received(subject)) {
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
    const address = to!.value[0]!.address!
    idsByReader.set(address, [...(idsByReader.get(address) ?? []), mail.messageId!])
  }
  // Nobody missed, and nobody got two different messages: every reader saw only their delivery's Message-ID.
  expect(idsByReader.size).toBe(RECIPIENTS)
  for (const delivery of deliveries.docs) expect(new Set(idsByReader.get(delivery.email!))).toEqual(new Set([delivery.messageId]))
  const repeats = received(subject).length - RECIPIENTS
  console.log(`killed ${moment} at message ${beforeCrash}: ${claimed} deliveries left claimed, ${repeats} received twice`)
  return { repeats, claimed }
}

// Five messages travel at once, one per pooled connection, so whatever the moment of the kill,
// the other four connections may each be holding a message the server has and the sender has
// not yet recorded: those, and only those, can arrive twice, under their original Message-ID.
describe('a newsletter send killed midway and resumed', () => {
  it('reaches every recipient, none with two different mails, when killed as a message starts', async () => {
    const { repeats, claimed } = await sendThroughACrash('Crashton news: killed as a message starts', 'as a message starts')
    expect(claimed).toBeGreaterThan(0)
    expect(repeats).toBeLessThanOrEqual(SEND_PARALLELISM)
  }, 400_000)

  it('reaches every recipient, none with two different mails, when killed after the server took a message but before it said so', async () => {
    const { repeats, claimed } = await sendThroughACrash('Crashton news: killed inside the SMTP exchange', 'after the server took a message, before its 250')
    expect(claimed).toBeGreaterThan(0)
    expect(repeats).toBeLessThanOrEqual(SEND_PARALLELISM)
  }, 400_000)
})
