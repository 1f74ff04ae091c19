import fs from 'node:fs'
import path from 'node:path'

// Payload's SQLite adapter is built on this client; it is a dependency of @payloadcms/db-sqlite.
import { createClient } from '@libsql/client'

import { migrations } from '../migrations'

const SQLITE_HEADER = 'SQLite format 3\0'

/**
 * A consistent copy of the live database with `VACUUM INTO`: it reads one snapshot inside a
 * transaction, so the app may keep writing meanwhile, and the copy is compact and has no WAL.
 */
export const backUpSqlite = async (database: string, copy: string): Promise<void> => {
  if (!fs.existsSync(database)) throw new Error(`There is no database at ${database}: check SQLITE_PATH. Nothing was written.`)
  if (fs.existsSync(copy)) throw new Error(`${copy} already exists: name a new file, so no backup is overwritten. Nothing was written.`)
  fs.mkdirSync(path.dirname(copy), { recursive: true })
  const client = createClient({ url: `file:${database}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
  } finally {
    client.close()
  }
}

/** Refuses a file that is not a backup this version of Folkmoot can use, with a sentence. */
export const checkBackup = async (file: string): Promise<void> => {
  let header: Buffer
  try {
    const handle = fs.openSync(file, 'r')
    header = Buffer.alloc(SQLITE_HEADER.length)
    fs.readSync(handle, header, 0, header.length, 0)
    fs.closeSync(handle)
  } catch {
    throw new Error(`Cannot read ${file}: check the path and its permissions. Nothing was changed.`)
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new Error(`${file} is not an SQLite database, so it is not a Folkmoot backup. Nothing was changed.`)
  const client = createClient({ url: `file:${file}`, intMode: 'number' })
  try {
    const known = new Set(migrations.map((migration) => migration.name))
    const applied = await client.execute("SELECT name FROM payload_migrations WHERE name != 'dev'").catch(() => null)
    if (!applied) throw new Error(`${file} is an SQLite database but not a Folkmoot one (it has no migrations table). Nothing was changed.`)
    const newer = applied.rows.map((row) => row.name as string).filter((name) => !known.has(name))
    if (newer.length > 0)
      throw new Error(
        `${file} was made by a newer version of Folkmoot (it has migration ${newer.join(', ')}): upgrade first, then restore. Nothing was changed.`,
      )
  } finally {
    client.close()
  }
}

/**
 * Puts a checked backup in place of the database: copied beside it, then renamed over it, so
 * a failure half-way leaves the old database whole. Its WAL files go, since they belong to the
 * replaced database. Folkmoot must be stopped; a database with content needs `force`.
 */
export const restoreSqlite = async (backup: string, database: string, force: boolean): Promise<void> => {
  await checkBackup(backup)
  if (fs.existsSync(database) && !force) {
    throw new Error(
      `There is already a database at ${database}: stop Folkmoot and run again with --force to replace it (take a backup of it first). Nothing was changed.`,
    )
  }
  fs.mkdirSync(path.dirname(database), { recursive: true })
  const incoming = `${database}.restoring`
  fs.copyFileSync(backup, incoming)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true })
  fs.renameSync(incoming, database)
}
