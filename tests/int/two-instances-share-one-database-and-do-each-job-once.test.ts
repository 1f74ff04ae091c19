import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { JOB_CLAIMS_COLLECTION } from '../../cms/jobs/claimEachJobOnce'
import { SEND_PARALLELISM } from '../../cms/newsletters/sendNewsletter'
import { freePort } from '../support/freePort'
import { ensureAdminBuild } from './support/adminBuild'
import { startScript } from './support/command'
import { community } from './support/fixtures'
import { type TestPayload, startPayload, testDatabase } from './support/payload'
import { type SmtpSink, startSmtpSink } from './support/smtpSink'

/**
 * Two `npm run serve` instances on one database (FerretDB on the MongoDB pass), with one media
 * folder and one site folder between them, behind one trusted proxy hop, both working the jobs
 * queue, as a council running Folkmoot on two machines would.
 */
const SUBSCRIBERS = 500
const SIGN_INS_PER_HOUR = 6
const READS_PER_MINUTE = 10
const SENDER_TIMEOUT_SECONDS = 30
const KILL_AT = 250
// Where the MongoDB store keeps the limits' counters (cms/endpoints/support/rateLimit.ts).
const RATE_LIMIT_COLLECTION = 'rate-limits'
const SECRET = 'a-production-secret-of-forty-characters!'
const ADMIN = { email: 'clerk@twinford.example', password: 'a long passphrase for the clerk' }
// Both instances sit behind one public address, as behind a load balancer.
const PUBLIC_ADMIN = 'http://cms.twinford.example'

type Instance = { name: string; admin: string; run: ReturnType<typeof startScript> }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-two-instances-'))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const waitFor = async <T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(200)
  }
}

describe.runIf(testDatabase() === 'mongodb')('two instances on one database', () => {
  let app: TestPayload
  let payload: Payload
  let sink: SmtpSink
  let instances: Instance[] = []
  let crash: { subject: string; group: number } | undefined
  let publishedAt: number

  const received = (subject: string): ParsedMail[] => sink.messages.filter((mail) => mail.subject === subject)
  const output = () => instances.map((instance) => instance.run.output()).join('\n')
  const [first, second] = [() => instances[0]!, () => instances[1]!]

  const startInstance = async (name: string): Promise<Instance> => {
    const [adminPort, sitePort] = [await freePort(), await freePort()]
    const admin = `http://127.0.0.1:${adminPort}`
    const run = startScript('scripts/serve.ts', [], {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: String(adminPort),
      SITE_PORT: String(sitePort),
      SERVER_URL: PUBLIC_ADMIN,
      SITE_URL: 'http://www.twinford.example',
      ALLOW_HTTP: 'private-network',
      // Shared by both, as a network mount would be; the snapshot is each instance's scratch file.
      MEDIA_DIR: path.join(dir, 'media'),
      SITE_OUT: path.join(dir, 'dist'),
      SITE_SNAPSHOT: path.join(dir, `${name}-snapshot.json`),
      SMTP_URL: sink.url,
      TRUSTED_PROXY_HOPS: '1',
      FAILED_SIGN_INS_PER_IP_PER_HOUR: String(SIGN_INS_PER_HOUR),
      API_READS_PER_IP_PER_MINUTE: String(READS_PER_MINUTE),
      NEWSLETTER_SENDER_TIMEOUT_SECONDS: String(SENDER_TIMEOUT_SECONDS),
    })
    await waitFor(
      `instance ${name} to serve`,
      () => {
        if (run.child.exitCode !== null) throw new Error(`Instance ${name} stopped:\n${run.output().slice(-3000)}`)
        return run.output().includes('Folkmoot is serving.')
      },
      240_000,
    )
    return { name, admin, run }
  }

  /** A request as the reverse proxy forwards it: the client's address in X-Forwarded-For. */
  const viaProxy = (instance: Instance, route: string, from: string, init: RequestInit = {}) =>
    fetch(`${instance.admin}${route}`, { ...init, headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': from } })

  const signIn = (instance: Instance, from: string, password: string) =>
    viaProxy(instance, '/api/users/login', from, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password }),
    })

  const scheduleNewsletter = (subject: string) =>
    payload.create({
      collection: 'newsletters',
      depth: 0,
      data: {
        subject,
        intro: 'News from Twinford.',
        audience: { kind: 'everyone' },
        content: { mode: 'picked' },
        status: 'scheduled',
        scheduledFor: new Date().toISOString(),
      },
    })

  const sentStatus = (id: number | string) => async () => (await payload.findByID({ collection: 'newsletters', id, depth: 0 })).status === 'sent'

  /** Who got what: each recipient's Message-IDs. */
  const messageIdsByReader = (subject: string): Map<string, string[]> => {
    const byReader = new Map<string, string[]>()
    for (const mail of received(subject)) {
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
      const address = to!.value[0]!.address!
      byReader.set(address, [...(byReader.get(address) ?? []), mail.messageId!])
    }
    return byReader
  }

  const claims = () => payload.db.connection.db!.collection<{ _id: string; job: string; instance: string; at: Date }>(JOB_CLAIMS_COLLECTION)

  beforeAll(async () => {
    await ensureAdminBuild()
    sink = await startSmtpSink({
      // Runs after the sink kept a message and before the sender hears "250": the worst moment to die.
      onMessage: () => {
        if (!crash || received(crash.subject).length < KILL_AT) return
        process.kill(-crash.group, 'SIGKILL')
        crash = undefined
      },
    })
    app = await startPayload()
    payload = app.payload
    await payload.create({ collection: 'users', data: { name: 'Twinford Clerk', role: 'admin', ...ADMIN } })
    const place = await community(payload, 'Twinford')
    for (let start = 0; start < SUBSCRIBERS; start += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, SUBSCRIBERS - start) }, (_, offset) =>
          payload.create({
            collection: 'subscribers',
            depth: 0,
            data: {
              email: `reader${start + offset}@twinford.example`,
              status: 'confirmed',
              communities: [place.id],
              consent: { givenAt: new Date().toISOString(), source: 'website', wordingVersion: 'test' },
            },
          }),
        ),
      )
    }
    // The first instance builds the shared site folder (nothing is built yet); the second finds it built.
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    instances = [await startInstance('first')]
    instances.push(await startInstance('second'))

    // Keep the hourly rebuild out of the publish test: never publish in the last three minutes of an hour.
    const now = new Date()
    if (now.getMinutes() >= 57) await sleep((60 - now.getMinutes()) * 60_000 - now.getSeconds() * 1000 + 30_000)
    const plan = await payload.create({
      collection: 'plans',
      depth: 0,
      data: {
        title: 'Twinford Plan',
        community: place.id,
        period: { startYear: 2026, endYear: 2030 },
        priorities: [{ theme: 'energy' }],
        _status: 'published',
      },
    })
    expect(plan.id).toBeDefined()
    const waiting = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
    })
    expect(waiting.docs).toHaveLength(1)
    publishedAt = Date.now()
  }, 900_000)

  afterAll(async () => {
    // Each instance's log, for whoever has to find out why a run failed.
    const logs = path.resolve('node_modules/.cache/two-instances')
    fs.mkdirSync(logs, { recursive: true })
    for (const instance of instances) fs.writeFileSync(path.join(logs, `${instance.name}.log`), instance.run.output())
    for (const instance of instances) {
      if (instance.run.child.exitCode === null && instance.run.child.signalCode === null) process.kill(-instance.run.child.pid!, 'SIGTERM')
      await instance.run.exited
    }
    await app?.stop()
    await sink?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  it('keeps a sign-in made on one instance valid on the other', async () => {
    const response = await signIn(first(), '198.51.100.1', ADMIN.password)
    expect(response.status).toBe(200)
    const { token } = (await response.json()) as { token: string }
    const me = await fetch(`${second().admin}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe(ADMIN.email)
    // The cookie as a browser sends it from the admin's page, which Payload checks against SERVER_URL.
    const byCookie = await fetch(`${second().admin}/api/users/me`, { headers: { cookie: `payload-token=${token}`, origin: PUBLIC_ADMIN } })
    expect(((await byCookie.json()) as { user: { email: string } | null }).user?.email).toBe(ADMIN.email)
  })

  it('serves an upload made through one instance from the other (one media folder)', async () => {
    const { token } = (await (await signIn(first(), '198.51.100.1', ADMIN.password)).json()) as { token: string }
    const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a7' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'green.png')
    form.append('_payload', JSON.stringify({ alt: 'A green square' }))
    const upload = await fetch(`${first().admin}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(upload.status).toBe(201)
    const { doc } = (await upload.json()) as { doc: { filename: string } }
    const served = await fetch(`${second().admin}/api/media/file/${doc.filename}`, { headers: { authorization: `JWT ${token}` } })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)
  })

  it('counts failed sign-ins from one address against one allowance across both instances', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < SIGN_INS_PER_HOUR + 3; attempt += 1) {
      statuses.push((await signIn(attempt % 2 === 0 ? first() : second(), '203.0.113.7', 'not the password')).status)
    }
    // Per instance the allowance would last 2 × 6 attempts; shared, the seventh is refused.
    expect(statuses).toEqual([...Array<number>(SIGN_INS_PER_HOUR).fill(401), 429, 429, 429])
    // Another client behind the same proxy is not affected.
    expect((await signIn(second(), '203.0.113.8', 'not the password')).status).toBe(401)
    const counter = await payload.db.connection.db!.collection(RATE_LIMIT_COLLECTION).findOne({ key: 'failed-sign-ins:203.0.113.7' })
    expect(counter?.points).toBe(SIGN_INS_PER_HOUR + 3)
  }, 60_000)

  it('counts anonymous API reads from one address against one allowance across both instances', async () => {
    const statuses: number[] = []
    for (let read = 0; read < READS_PER_MINUTE + 2; read += 1) {
      statuses.push((await viaProxy(read % 2 === 0 ? first() : second(), '/api/communities?limit=1&depth=0', '203.0.113.9')).status)
    }
    expect(statuses).toEqual([...Array<number>(READS_PER_MINUTE).fill(200), 429, 429])
  })

  it('rebuilds the site exactly once for one publish', async () => {
    const rebuilds = () => [...output().matchAll(/Rebuilt the public site \(job ([^)]+)\)/g)].map((match) => match[1])
    const pending = async () => (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })).totalDocs
    await waitFor('the published rebuild', async () => rebuilds().length > 0 && (await pending()) === 0, 300_000)
    // Let the other instance's runners have every chance to run it a second time.
    await sleep(12_000)
    // Completed jobs are deleted, so the log is the record: one rebuild since the instances started.
    expect(rebuilds()).toHaveLength(1)
    const build = await payload.findGlobal({ slug: 'site-build', depth: 0 })
    expect(build.outcome).toBe('succeeded')
    expect(new Date(build.succeededAt!).getTime()).toBeGreaterThan(publishedAt)
    expect(fs.existsSync(path.join(dir, 'dist/index.html'))).toBe(true)
  }, 330_000)

  it('sends a newsletter to 500 subscribers once each while both instances work the queue', async () => {
    const subject = 'Twinford news, both instances working'
    const started = performance.now()
    const newsletter = await scheduleNewsletter(subject)
    await waitFor('the newsletter to be sent', sentStatus(newsletter.id), 420_000)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const byReader = messageIdsByReader(subject)
    const repeats = received(subject).length - byReader.size
    console.log(`newsletter with two instances: ${received(subject).length} messages to ${byReader.size} readers in ${seconds} s, ${repeats} repeats`)
    expect(byReader.size).toBe(SUBSCRIBERS)
    expect(received(subject)).toHaveLength(SUBSCRIBERS)
  }, 450_000)

  it('finishes a send whose instance was killed midway on the other, missing nobody, with bounded repeats', async () => {
    const subject = 'Twinford news, through a crash'
    const started = performance.now()
    const newsletter = await scheduleNewsletter(subject)
    // The instance sending is the one whose admin process claimed the job; kill its whole process group.
    const claim = await waitFor(
      'the send to be claimed',
      async () => {
        const jobs = await payload.find({ collection: 'payload-jobs', depth: 0, where: { taskSlug: { equals: 'sendNewsletter' } } })
        const job = jobs.docs.find((doc) => (doc.input as { newsletter?: string }).newsletter === String(newsletter.id))
        return job
          ? ((
              await claims()
                .find({ job: String(job.id) })
                .sort({ at: -1 })
                .limit(1)
                .toArray()
            )[0] ?? false)
          : false
      },
      60_000,
    )
    const claimer = Number(claim.instance.split(':').pop())
    const parent = Number(fs.readFileSync(`/proc/${claimer}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])
    const victim = instances.find((instance) => instance.run.child.pid === parent)!
    const survivor = instances.find((instance) => instance !== victim)!
    crash = { subject, group: victim.run.child.pid! }
    if (received(subject).length >= KILL_AT) process.kill(-victim.run.child.pid!, 'SIGKILL')
    await victim.run.exited
    const atKill = received(subject).length
    expect(atKill).toBeLessThan(SUBSCRIBERS)

    await waitFor('the survivor to finish the send', sentStatus(newsletter.id), 480_000)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const deliveries = await payload.find({
      collection: 'newsletter-deliveries',
      depth: 0,
      pagination: false,
      limit: 0,
      where: { newsletter: { equals: newsletter.id } },
    })
    const byReader = messageIdsByReader(subject)
    const repeats = received(subject).length - SUBSCRIBERS
    console.log(
      `newsletter through a crash: ${victim.name} killed at message ${atKill}; ${survivor.name} finished: ${received(subject).length} messages to ${byReader.size} readers in ${seconds} s, ${repeats} repeats (bound ${SEND_PARALLELISM})`,
    )
    expect(byReader.size).toBe(SUBSCRIBERS)
    expect(deliveries.docs.filter((delivery) => delivery.status !== 'sent')).toEqual([])
    // A repeat is the same mail (same Message-ID), and only what was in flight at the kill repeats.
    for (const delivery of deliveries.docs) expect(new Set(byReader.get(delivery.email!))).toEqual(new Set([delivery.messageId]))
    expect(repeats).toBeLessThanOrEqual(SEND_PARALLELISM)
    expect((await fetch(`${survivor.admin}/api/health`)).status).toBe(200)
  }, 600_000)
})
