import '../cms/cli/prepareEnvironment'

import path from 'node:path'
import { parseArgs } from 'node:util'

import { sqlitePath, usesMongo } from '../cms/database'
import { restoreSqlite } from '../cms/cli/sqliteBackup'
import { runScript } from '../cms/cli/runScript'

const USAGE = 'Usage: npm run restore-backup -- FILE [--force], with Folkmoot stopped.'

/** `npm run restore-backup -- FILE [--force]`: puts a backup made by `npm run backup` in place. */
runScript(async () => {
  let parsed: { values: { force?: boolean }; positionals: string[] }
  try {
    parsed = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true, strict: true })
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} ${USAGE}`, { cause: error })
  }
  if (parsed.positionals.length !== 1) throw new Error(`Name one backup file. ${USAGE}`)
  if (usesMongo())
    throw new Error('DATABASE_URI names MongoDB: restore with `mongorestore --uri "$DATABASE_URI" --archive=FILE --gzip --drop`. Nothing was changed.')
  const backup = path.resolve(parsed.positionals[0]!)
  await restoreSqlite(backup, sqlitePath(), parsed.values.force === true)
  console.log(`Restored ${backup} to ${sqlitePath()}. Start Folkmoot again; it applies any newer migrations.`)
})
