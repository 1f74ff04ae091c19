import path from 'node:path'
import { parseArgs } from 'node:util'

import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'
import { exportData } from '../cms/data-transfer/exportData'

const USAGE = 'Usage: npm run export-data -- FILE (a new .tar.gz).'

/** `npm run export-data -- FILE`: every document, version, global, due job and media file, in one archive. */
runScript(async () => {
  let positionals: string[]
  try {
    positionals = parseArgs({ options: {}, allowPositionals: true, strict: true }).positionals
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} ${USAGE}`, { cause: error })
  }
  if (positionals.length !== 1) throw new Error(`Name one archive file. ${USAGE}`)
  const file = path.resolve(positionals[0]!)
  const payload = await bootPayload()
  const { manifest, missingMedia } = await exportData(payload, file)
  for (const missing of missingMedia) console.warn(`Not in the archive: ${missing} is named by a document but missing from the uploads folder.`)
  const documents = Object.values(manifest.collections).reduce((sum, { documents: count }) => sum + count, 0)
  const versions = Object.values(manifest.collections).reduce((sum, { versions: count }) => sum + count, 0)
  console.log(
    `Exported ${documents} documents, ${versions} versions and ${manifest.media.length} media files from ${manifest.database} to ${file}. Import it with \`npm run import-data -- ${positionals[0]}\`.`,
  )
  await payload.destroy()
})
