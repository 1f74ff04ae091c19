import { Meilisearch } from 'meilisearch'

import { exportSnapshot } from '../../cms/export/snapshot'
import { searchDocuments } from '../../search/documents'
import { meiliAdapter } from '../../search/meilisearch/adapter'
import { meiliConfig } from '../../search/meilisearch/config'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { percentile, report } from './figures'

/**
 * Publish → index through the real path: the CMS hook queues a sync job, the queue's own cron
 * (FOLKMOOT_RUN_JOBS, as on the admin server) runs it, and the benchmark polls Meilisearch's
 * REST search until the change shows. Runs on the demo database the demo-site benchmark made.
 */
const ROUNDS = 20
const context = { siteRebuild: false }

runScript(async () => {
  const config = meiliConfig()
  if (!config) {
    report({ name: 'Meilisearch publish to index', kind: 'skipped' })
    return
  }
  const payload = await bootPayload({ cron: true })
  const adapter = meiliAdapter(config)
  await adapter.reindex(searchDocuments(await exportSnapshot(payload)))
  const index = new Meilisearch({ host: config.url, apiKey: config.masterKey }).index(config.index)
  const community = (await payload.find({ collection: 'communities', limit: 1, depth: 0 })).docs[0]!
  /** Milliseconds from `change` returning until a search for `word` finds (or no longer finds) it. */
  const until = async (word: string, present: boolean, change: () => Promise<unknown>): Promise<number> => {
    await change()
    const started = performance.now()
    while ((await index.search(word, { attributesToRetrieve: ['id'] })).hits.length > 0 !== present) {
      if (performance.now() - started > 60_000) throw new Error(`“${word}” did not ${present ? 'reach' : 'leave'} the index within 60 s.`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    return performance.now() - started
  }
  const times: Record<'publish' | 'unpublish' | 'delete', number[]> = { publish: [], unpublish: [], delete: [] }
  for (let round = 0; round < ROUNDS; round += 1) {
    const word = `benchword${round}x${Date.now().toString(36)}`
    let id: number | string = 0
    const create = async () => {
      id = (
        await payload.create({
          collection: 'plans',
          depth: 0,
          context,
          data: {
            title: `Plan ${word}`,
            community: community.id,
            period: { startYear: 2026, endYear: 2030 },
            priorities: [{ theme: 'housing' }],
            _status: 'published',
          },
        })
      ).id
    }
    times.publish.push(await until(word, true, create))
    times.unpublish.push(await until(word, false, () => payload.update({ collection: 'plans', id, depth: 0, context, data: { _status: 'draft' } })))
    await until(word, true, () => payload.update({ collection: 'plans', id, depth: 0, context, data: { _status: 'published' } }))
    times.delete.push(await until(word, false, () => payload.delete({ collection: 'plans', id, depth: 0, context })))
  }
  for (const [change, list] of Object.entries(times)) {
    list.sort((a, b) => a - b)
    report({
      name: 'Meilisearch publish to index',
      kind: 'sync',
      change,
      rounds: list.length,
      p50: Number((percentile(list, 50) / 1000).toFixed(2)),
      p95: Number((percentile(list, 95) / 1000).toFixed(2)),
    })
  }
  await adapter.dropIndex()
  await payload.destroy()
})
