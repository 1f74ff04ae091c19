import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STUCK_AFTER_MS, releaseStuckJobs } from '../../cms/jobs/releaseStuckJobs'
import { QUEUES } from '../../cms/shared/queues'
import { makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-stuck-rebuild-'))

beforeAll(async () => {
  process.env.SITE_SNAPSHOT = path.join(out, 'snapshot.json')
  process.env.SITE_OUT = path.join(out, 'dist')
  test = await startPayload()
  await makeFixtures(test.payload)
}, 120_000)
afterAll(async () => {
  await test.stop()
  fs.rmSync(out, { recursive: true, force: true })
})

const rebuildsLeft = async () =>
  (await test.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, depth: 0, select: { processing: true } })).docs

describe('a site rebuild whose process died while it ran', () => {
  it('blocks later rebuilds until it is handed back, then the site is rebuilt', async () => {
    // A rebuild that was running when its process was killed: still marked as processing.
    const died = await test.payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: QUEUES.site })
    await test.payload.update({ collection: 'payload-jobs', id: died.id, data: { processing: true }, depth: 0 })
    await test.payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: QUEUES.site })

    await test.payload.jobs.run({ queue: QUEUES.site })
    expect(fs.existsSync(path.join(out, 'dist', 'index.html'))).toBe(false)
    expect(await rebuildsLeft()).toHaveLength(2)

    // Recently marked: it may still be running somewhere, so it is left alone.
    expect(await releaseStuckJobs(test.payload, STUCK_AFTER_MS)).toBe(0)
    expect(await releaseStuckJobs(test.payload, 0)).toBe(1)

    for (let run = 0; run < 3 && (await rebuildsLeft()).length > 0; run += 1) await test.payload.jobs.run({ queue: QUEUES.site })
    expect(await rebuildsLeft()).toEqual([])
    expect(fs.existsSync(path.join(out, 'dist', 'index.html'))).toBe(true)
  }, 300_000)
})
