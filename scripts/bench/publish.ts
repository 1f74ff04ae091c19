// First: the Payload config below reads PAYLOAD_SECRET as it loads, and a fresh clone has none set.
import '../../cms/cli/prepareEnvironment'

import os from 'node:os'
import path from 'node:path'

import config from '../../cms/payload.config'
import { buildSite, writeSnapshot } from '../../cms/export/publishSite'
import { startApiServer } from '../../tests/support/apiServer'
import { serveStatic } from '../../tests/support/staticServer'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { settings } from '../../cms/settings'
import { publicPath } from '../../cms/shared/publicUrls'
import { createRandom } from '../../cms/seed/random'
import { percentile, report } from './figures'

/** What publishing cost before incremental builds: a 20 s wait, then the site queue's 10 s poll (5 s on average), then a full build. */
const OLD_WAIT_SECONDS = 20 + 5

const load = () => os.loadavg()[0]!.toFixed(1)

/**
 * Publish → live on the scale dataset the SQLite benchmark built: an editor's PATCH through the
 * REST API, the CMS hook queueing the rebuild and the admin server's own job cron (as
 * FOLKMOOT_RUN_JOBS does) running it, while the benchmark polls the public page over HTTP until
 * it shows the new title. Then a full build of the same content, timed for the before figure.
 */
runScript(async () => {
  const rounds = Number(process.env.BENCH_PUBLISH_ROUNDS ?? 10)
  const payload = await bootPayload({ cron: true })
  const password = 'bench publish password'
  const email = `publish.bench.${Date.now().toString(36)}@example.org`
  await payload.create({ collection: 'users', data: { name: 'Publish Bench', email, password, role: 'editor' } })
  const api = await startApiServer(config)
  const site = await serveStatic(path.resolve(settings().SITE_OUT))
  try {
    const login = (await (
      await fetch(`${api.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    ).json()) as { token: string }
    const consultations = (
      await payload.find({
        collection: 'consultations',
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 0,
        pagination: false,
        select: { slug: true },
      })
    ).docs
    const random = createRandom(11)
    const times: number[] = []
    const loads: string[] = []
    // A poll that fails: the page was missing for a moment (the two renames of the swap).
    let failedPolls = 0
    for (let round = 0; round < rounds; round += 1) {
      const { id, slug } = random.pick(consultations)
      const title = `Benchmark title ${round} ${Date.now().toString(36)}`
      const response = await fetch(`${api.url}/api/consultations/${id}?depth=0`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
        body: JSON.stringify({ title }),
      })
      if (!response.ok) throw new Error(`The benchmark's PATCH was refused (${response.status}): ${await response.text()}`)
      const started = performance.now()
      loads.push(load())
      for (;;) {
        const page = await fetch(`${site.url}${publicPath.consultation(slug)}`)
          .then((answer) => answer.text())
          .catch(() => {
            failedPolls += 1
            return ''
          })
        if (page.includes(title)) break
        if (performance.now() - started > 300_000) throw new Error(`The change to consultation ${id} was not live within 300 s.`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      times.push((performance.now() - started) / 1000)
    }
    times.sort((a, b) => a - b)
    const fullStarted = performance.now()
    const fullLoad = load()
    await writeSnapshot(payload)
    const full = await buildSite({ full: true })
    const fullSeconds = (performance.now() - fullStarted) / 1000
    report({
      name: 'publish to live',
      rounds,
      p50: Number(percentile(times, 50).toFixed(1)),
      p95: Number(percentile(times, 95).toFixed(1)),
      loads: loads.join(' '),
      fullSeconds: Number(fullSeconds.toFixed(1)),
      fullLoad,
      pages: full.pages,
      failedPolls,
      beforeSeconds: Number((OLD_WAIT_SECONDS + fullSeconds).toFixed(1)),
    })
  } finally {
    await site.close()
    await api.stop()
    await payload.destroy()
  }
})
