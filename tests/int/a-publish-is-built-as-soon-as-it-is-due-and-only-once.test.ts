import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Payload, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REBUILD_DELAY_SECONDS } from '../../cms/hooks/queueSiteRebuild'
import { siteQueueCron } from '../../cms/jobs/runSiteQueueWhenDue'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

/**
 * The admin server works the site queue with a cron that polls it every second. A publish does
 * not wait for that poll: its rebuild runs in the same process as soon as it is due, and the
 * poll and that run never build one change twice.
 */
let test: TestPayload
let payload: Payload
let world: Fixtures
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-rebuild-when-due-'))
const communityPage = () => path.join(out, 'dist/communities/alderby/index.html')
/** What each rebuild the site queue ran logged when it finished: one line per build. */
const builds: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const liveWith = async (text: string) => {
  const deadline = Date.now() + 150_000
  while (!(fs.existsSync(communityPage()) && fs.readFileSync(communityPage(), 'utf8').includes(text))) {
    if (Date.now() > deadline) throw new Error(`The community page never showed "${text}"; builds: ${builds.join(' | ')}`)
    await sleep(100)
  }
}
const waitingRebuilds = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
  ).docs

/** Waits until no rebuild is waiting or running: a build's page can go live before its job has finished and logged. */
const allBuilt = async () => {
  const deadline = Date.now() + 150_000
  while ((await waitingRebuilds()).length > 0) {
    if (Date.now() > deadline) throw new Error(`Rebuilds were still waiting after 150 s; builds: ${builds.join(' | ')}`)
    await sleep(100)
  }
}
/** The job of each build logged, so a job built twice shows as a repeat. */
const jobsBuilt = () => builds.map((line) => /\(job ([^)]+)\)/.exec(line)?.[1])

beforeAll(async () => {
  process.env.SITE_SNAPSHOT = path.join(out, 'snapshot.json')
  process.env.SITE_OUT = path.join(out, 'dist')
  test = await startPayload()
  world = await makeFixtures(test.payload)
  // As `npm start` runs the admin server: this process works the queues, by their crons.
  process.env.FOLKMOOT_RUN_JOBS = 'true'
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config, cron: true })
  const info: (...args: unknown[]) => void = payload.logger.info.bind(payload.logger)
  payload.logger.info = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Rebuilt the public site')) builds.push(args[0])
    info(...args)
  }
}, 60_000)
afterAll(async () => {
  delete process.env.FOLKMOOT_RUN_JOBS
  // Payload's destroy leaves its crons polling a closed database.
  for (const cron of payload?.crons ?? []) cron.stop()
  await test.stop()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('a publish is built as soon as it is due, and only once', () => {
  it('builds a burst of edits once, with the site queue poll stopped', async () => {
    const poll = siteQueueCron(payload)
    expect(poll).toBeDefined()
    // Paused, the poll never runs the queue: only the publish's own run can build the site.
    poll!.pause()
    const burstMs = await (async () => {
      try {
        const started = Date.now()
        for (const summary of ['First edit of the burst.', 'Second edit of the burst.', 'Last edit of the burst.'])
          await payload.update({ collection: 'communities', id: world.alderby.id, data: { summary } })
        const took = Date.now() - started
        await liveWith('Last edit of the burst.')
        await allBuilt()
        return took
      } finally {
        poll!.resume()
      }
    })()
    expect(builds.length).toBeGreaterThan(0)
    expect(new Set(jobsBuilt()).size).toBe(builds.length)
    // Edits within the coalescing wait make one build; on a slow machine the burst may outlast it.
    if (burstMs < REBUILD_DELAY_SECONDS * 1000) expect(builds).toHaveLength(1)
    else expect(builds.length).toBeLessThanOrEqual(3)
  }, 180_000)

  it('builds an edit once with the poll running beside it', async () => {
    builds.length = 0
    await payload.update({ collection: 'communities', id: world.alderby.id, data: { summary: 'Edited with the poll running.' } })
    await liveWith('Edited with the poll running.')
    await allBuilt()
    // Long enough for the poll to have run a second build of the same job, were it going to.
    await sleep(3_000)
    expect(builds).toHaveLength(1)
    expect(builds[0]).toContain('incremental')
    expect(await waitingRebuilds()).toHaveLength(0)
  }, 180_000)
})
