import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Payload, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    try {
      for (const summary of ['First edit of the burst.', 'Second edit of the burst.', 'Last edit of the burst.'])
        await payload.update({ collection: 'communities', id: world.alderby.id, data: { summary } })
      await liveWith('Last edit of the burst.')
    } finally {
      poll!.resume()
    }
    expect(builds).toHaveLength(1)
    expect(await waitingRebuilds()).toHaveLength(0)
  }, 180_000)

  it('builds an edit once with the poll running beside it', async () => {
    builds.length = 0
    await payload.update({ collection: 'communities', id: world.alderby.id, data: { summary: 'Edited with the poll running.' } })
    await liveWith('Edited with the poll running.')
    // Long enough for the poll to have run a second build of the same job, were it going to.
    await sleep(3_000)
    expect(builds).toHaveLength(1)
    expect(builds[0]).toContain('incremental')
    expect(await waitingRebuilds()).toHaveLength(0)
  }, 180_000)
})
