import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runScript } from './support/command'
import { type TestPayload, startPayload, testDatabase } from './support/payload'

let app: TestPayload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-backup-'))
const backup = path.join(dir, 'nightly.db')
const restored = path.join(dir, 'restored', 'folkmoot.db')
const names = async (payload = app.payload) =>
  (await payload.find({ collection: 'communities', depth: 0, sort: 'name', limit: 100 })).docs.map((doc) => doc.name)
const community = (name: string) =>
  app.payload.create({ collection: 'communities', depth: 0, data: { name, kind: 'parish', summary: `${name} is a made-up parish.` } })

beforeAll(async () => {
  app = await startPayload()
})
afterAll(async () => {
  await app?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.runIf(testDatabase() === 'sqlite')('npm run backup and npm run restore-backup (SQLite)', () => {
  it('copies the database while Payload has it open, with commits still in its WAL', async () => {
    // Payload keeps the file open in WAL mode: these commits may still sit in the WAL, not the file.
    await community('Alderby')
    await community('Bexcombe')
    const result = await runScript('scripts/backup.ts', [backup], {})
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain(`Backed up ${process.env.SQLITE_PATH} to ${backup}.`)
    await community('Cawston')
    expect(await names()).toEqual(['Alderby', 'Bexcombe', 'Cawston'])
  })

  it('restores the backup, with the content of that moment, into a database Folkmoot starts on', async () => {
    const result = await runScript('scripts/restore-backup.ts', [backup], { SQLITE_PATH: restored })
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain(`Restored ${backup} to ${restored}.`)
    expect(await communitiesIn(restored)).toEqual(['Alderby', 'Bexcombe'])
    // A Folkmoot command on the restored file: it migrates nothing and finds the schema whole.
    const admin = await runScript(
      'scripts/create-admin.ts',
      ['--email', 'after-restore@example.org'],
      { SQLITE_PATH: restored },
      'a long restored passphrase\n',
    )
    expect(admin.code, admin.output).toBe(0)
    expect(admin.output).not.toContain('Migrating')
  })

  it('replaces a database with --force, leaving no WAL of the old one behind', async () => {
    const result = await runScript('scripts/restore-backup.ts', [backup, '--force'], { SQLITE_PATH: restored })
    expect(result.code, result.output).toBe(0)
    expect(fs.existsSync(`${restored}-wal`)).toBe(false)
    expect(await communitiesIn(restored)).toEqual(['Alderby', 'Bexcombe'])
  })

  it.each([
    {
      case: 'an existing backup file',
      script: 'scripts/backup.ts',
      args: () => [backup],
      env: {},
      sentence: 'already exists: name a new file, so no backup is overwritten. Nothing was written.',
    },
    {
      case: 'a missing database',
      script: 'scripts/backup.ts',
      args: () => [path.join(dir, 'new.db')],
      env: { SQLITE_PATH: path.join(dir, 'absent.db') },
      sentence: 'There is no database at',
    },
    {
      case: 'a file that is not SQLite',
      script: 'scripts/restore-backup.ts',
      args: () => [writeFile('notes.db', 'just some text, not a database at all')],
      env: { SQLITE_PATH: path.join(dir, 'other.db') },
      sentence: 'is not an SQLite database, so it is not a Folkmoot backup. Nothing was changed.',
    },
    {
      case: 'an unreadable file',
      script: 'scripts/restore-backup.ts',
      args: () => [path.join(dir, 'nowhere.db')],
      env: { SQLITE_PATH: path.join(dir, 'other.db') },
      sentence: 'Cannot read',
    },
    {
      case: 'a backup from a newer version',
      script: 'scripts/restore-backup.ts',
      args: async () => [await newerBackup()],
      env: { SQLITE_PATH: path.join(dir, 'other.db') },
      sentence: 'was made by a newer version of Folkmoot (it has migration 29991231_000000_future)',
    },
    {
      case: 'an existing database without --force',
      script: 'scripts/restore-backup.ts',
      args: () => [backup],
      env: {},
      sentence: 'There is already a database at',
    },
    { case: 'no file named', script: 'scripts/restore-backup.ts', args: () => [], env: {}, sentence: 'Name one backup file.' },
  ])('refuses $case with a sentence and changes nothing', async ({ script, args, env, sentence }) => {
    const before = await names()
    const backupBytes = fs.readFileSync(backup)
    const result = await runScript(script, await args(), env)
    expect(result.code).toBe(1)
    expect(result.output).toContain(sentence)
    expect(result.output).not.toMatch(/\n\s+at /)
    expect(await names()).toEqual(before)
    expect(fs.readFileSync(backup).equals(backupBytes)).toBe(true)
    expect(fs.existsSync(path.join(dir, 'other.db'))).toBe(false)
  })
})

describe.runIf(testDatabase() === 'mongodb')('npm run backup on MongoDB', () => {
  it('points at mongodump and writes nothing', async () => {
    const result = await runScript('scripts/backup.ts', [backup], {})
    expect(result.code).toBe(1)
    expect(result.output).toContain('DATABASE_URI names MongoDB: back it up with `mongodump')
    expect(fs.existsSync(backup)).toBe(false)
  })
})

const writeFile = (name: string, text: string): string => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  return file
}

const communitiesIn = async (file: string): Promise<string[]> => {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute('SELECT name FROM communities ORDER BY name')).rows.map((row) => row.name as string)
  } finally {
    client.close()
  }
}

/** A copy of the backup as a later version of Folkmoot would have left it: one migration more. */
const newerBackup = async (): Promise<string> => {
  const file = path.join(dir, 'newer.db')
  fs.copyFileSync(backup, file)
  const client = createClient({ url: `file:${file}` })
  await client.execute("INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('29991231_000000_future', 99, '2999-12-31', '2999-12-31')")
  client.close()
  return file
}
