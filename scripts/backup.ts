import '../cms/cli/prepareEnvironment'

import path from 'node:path'

import { sqlitePath, usesMongo } from '../cms/database'
import { backUpSqlite } from '../cms/cli/sqliteBackup'
import { runScript } from '../cms/cli/runScript'

/** `npm run backup [-- FILE]`: a consistent copy of the SQLite database, safe while Folkmoot runs. */
runScript(async () => {
  const args = process.argv.slice(2)
  if (args.length > 1 || args.some((arg) => arg.startsWith('-')))
    throw new Error('Usage: npm run backup [-- FILE]; FILE defaults to data/backups/folkmoot-<time>.db.')
  if (usesMongo()) {
    throw new Error(
      'DATABASE_URI names MongoDB: back it up with `mongodump --uri "$DATABASE_URI" --archive=FILE --gzip` (see README, Production database). Nothing was written.',
    )
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const copy = path.resolve(args[0] ?? `data/backups/folkmoot-${stamp}.db`)
  await backUpSqlite(sqlitePath(), copy)
  console.log(
    `Backed up ${sqlitePath()} to ${copy}. Keep it with MEDIA_DIR and PAYLOAD_SECRET; restore with \`npm run restore-backup -- ${path.relative(process.cwd(), copy)}\`.`,
  )
})
