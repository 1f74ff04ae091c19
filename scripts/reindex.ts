import '../cms/cli/prepareEnvironment'

import path from 'node:path'

import { exportSnapshot } from '../cms/export/snapshot'
import { searchDocuments } from '../search/documents'
import { reindexEverything } from '../search/reindex'
import { STATIC_INDEX_DIR } from '../search/static/paths'
import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'
import { settings } from '../cms/settings'

const bar = (done: number, total: number): string => {
  const width = 30
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(total === 0 ? 100 : (100 * done) / total)).padStart(3)}% ${done}/${total}`
}

runScript(async () => {
  const started = performance.now()
  console.log('Reading published content as the public sees it…')
  const payload = await bootPayload()
  const documents = searchDocuments(await exportSnapshot(payload))
  await payload.destroy()
  const { MEILI_URL, SITE_OUT } = settings()
  console.log(
    MEILI_URL
      ? `Reindexing ${documents.length} documents into Meilisearch at ${MEILI_URL}…`
      : `MEILI_URL is not set: rebuilding the static search index of the built site (${documents.length} documents)…`,
  )
  const outcome = await reindexEverything(documents, path.resolve(SITE_OUT), ({ done, total }) => {
    process.stdout.write(`\r  ${bar(done, total)}`)
    if (done === total) process.stdout.write('\n')
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (outcome.engine === 'meilisearch') {
    console.log(
      `Done in ${seconds} s: index "${outcome.index}" swapped in with ${outcome.documents} documents${outcome.settingsChanged.length > 0 ? `; settings applied: ${outcome.settingsChanged.join(', ')}` : ''}.`,
    )
    console.log(
      `Search-only key for browsers ${outcome.keyCreated ? 'created' : 'checked'}: ${outcome.searchKey}. Rebuild the site (npm run build) if it was created just now.`,
    )
  } else {
    console.log(`Done in ${seconds} s: ${outcome.documents} documents, ${outcome.kilobytes} kB in ${path.join(outcome.siteDir, STATIC_INDEX_DIR)}.`)
  }
})
