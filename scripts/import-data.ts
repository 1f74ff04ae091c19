import path from 'node:path'
import { parseArgs } from 'node:util'

import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'
import { importData, openCheckedArchive } from '../cms/data-transfer/importData'
import { usesMongo } from '../cms/database'

const USAGE = 'Usage: npm run import-data -- FILE [--replace], with Folkmoot stopped.'

/** `npm run import-data -- FILE [--replace]`: fills the database DATABASE_URI or SQLITE_PATH names from an export archive. */
runScript(async () => {
  let parsed: { values: { replace?: boolean }; positionals: string[] }
  try {
    parsed = parseArgs({ options: { replace: { type: 'boolean' } }, allowPositionals: true, strict: true })
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} ${USAGE}`, { cause: error })
  }
  if (parsed.positionals.length !== 1) throw new Error(`Name one archive file. ${USAGE}`)
  const file = path.resolve(parsed.positionals[0]!)
  // The archive is checked before Payload starts, so a wrong file is refused at once.
  const archive = await openCheckedArchive(file)
  const payload = await bootPayload()
  const { manifest, replaced } = await importData(payload, archive, { replace: parsed.values.replace === true }).finally(archive.close)
  const documents = Object.values(manifest.collections).reduce((sum, { documents: count }) => sum + count, 0)
  console.log(
    `Imported ${documents} documents and ${manifest.media.length} media files from ${file} (exported from ${manifest.database} by Folkmoot ${manifest.folkmootVersion}) into ${usesMongo() ? 'MongoDB' : 'SQLite'}${replaced > 0 ? `, replacing ${replaced} documents` : ''}; every collection's content hash matches the archive.`,
  )
  await payload.destroy()
})
