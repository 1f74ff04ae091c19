import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Manifest } from '../../cms/data-transfer/archive'
import { readContents } from '../../cms/data-transfer/contents'
import { summarise } from '../../cms/data-transfer/contentHash'
import { TASK_INPUT_REFERENCES } from '../../cms/data-transfer/taskInputReferences'
import { seedDemo } from '../../cms/seed/demo'
import { demoPassword } from '../../cms/seed/users'
import { runScript } from './support/command'
import { type TestPayload, startPayload, testDatabase } from './support/payload'

const STEP_TIMEOUT = 240_000
let app: TestPayload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-transfer-'))
const at = (...parts: string[]) => path.join(dir, ...parts)
/** The archive the refusals start from: the demo content, exported from the pass's own database kind. */
const archive = at('demo.tar.gz')

// A script on a database of its own; DATABASE_URI unset means SQLite.
const onSqlite = (name: string) => ({ DATABASE_URI: undefined, SQLITE_PATH: at(`${name}.db`), MEDIA_DIR: at(`${name}-media`) })
const onAppDatabase = () => ({ DATABASE_URI: process.env.DATABASE_URI, SQLITE_PATH: process.env.SQLITE_PATH, MEDIA_DIR: process.env.MEDIA_DIR })
const run = async (script: 'export-data' | 'import-data' | 'seed', args: string[], env: Record<string, string | undefined>) => {
  const result = await runScript(`scripts/${script}.ts`, args, env)
  expect(result.code, result.output).toBe(0)
  return result.output
}
const manifestOf = async (file: string): Promise<Manifest> => {
  const unpacked = fs.mkdtempSync(at('manifest-'))
  await tar.x({ file, cwd: unpacked, filter: (entry) => entry === 'manifest.json' })
  return JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as Manifest
}
const usersIn = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute('SELECT email, hash, salt FROM users ORDER BY email')).rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}
const signIn = (email: string) => app.payload.login({ collection: 'users', data: { email, password: demoPassword() } })
const appState = async () => ({
  summary: summarise(app.payload, await readContents(app.payload)),
  media: fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!).sort() : [],
})

beforeAll(async () => {
  app = await startPayload()
}, STEP_TIMEOUT)
afterAll(async () => {
  await app?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.runIf(testDatabase() === 'mongodb')('a round trip SQLite -> MongoDB (FerretDB) -> SQLite', () => {
  let first: Manifest
  it(
    'exports the seeded demo from SQLite with versions, drafts, a due job and media files',
    async () => {
      await run('seed', [], onSqlite('first'))
      const output = await run('export-data', [archive], onSqlite('first'))
      expect(output).toMatch(/Exported \d+ documents, \d+ versions and \d+ media files from sqlite/)
      first = await manifestOf(archive)
      expect(first).toMatchObject({ format: 'folkmoot-export', formatVersion: 1, database: 'sqlite' })
      expect(first.collections.plans!.versions).toBeGreaterThan(first.collections.plans!.documents)
      expect(first.collections['payload-jobs']!.documents).toBeGreaterThan(0)
      expect(first.media.length).toBeGreaterThan(0)
    },
    STEP_TIMEOUT,
  )

  it(
    'imports it into MongoDB with equal content',
    async () => {
      const output = await run('import-data', [archive], onAppDatabase())
      expect(output).toContain("into MongoDB; every collection's content hash matches the archive.")
      const stored = summarise(app.payload, await readContents(app.payload))
      expect(stored).toEqual({ collections: first.collections, globals: first.globals })
      for (const media of first.media) expect(fs.statSync(path.join(process.env.MEDIA_DIR!, media.file)).size).toBe(media.bytes)
    },
    STEP_TIMEOUT,
  )

  it(
    'exports from MongoDB and imports into a fresh SQLite, leaving equal counts and content hashes per collection',
    async () => {
      const fromMongo = at('from-mongo.tar.gz')
      await run('export-data', [fromMongo], onAppDatabase())
      const second = await manifestOf(fromMongo)
      expect(second.database).toBe('mongodb')
      await run('import-data', [fromMongo], onSqlite('last'))
      const again = at('again.tar.gz')
      await run('export-data', [again], onSqlite('last'))
      const last = await manifestOf(again)
      for (const manifest of [second, last]) {
        expect(manifest.collections).toEqual(first.collections)
        expect(manifest.globals).toEqual(first.globals)
        expect(manifest.media).toEqual(first.media)
      }
      // Password hashes and salts come back byte for byte, so every account still signs in.
      expect(await usersIn(at('last.db'))).toEqual(await usersIn(at('first.db')))
    },
    STEP_TIMEOUT,
  )

  // Last, since a sign-in writes a session to the account.
  it('lets the demo accounts sign in on MongoDB with the password hashes carried from SQLite', async () => {
    const signedIn = await signIn('editor@example.org')
    expect(signedIn.user?.email).toBe('editor@example.org')
    expect(signedIn.token).toBeTruthy()
  })
})

describe.runIf(testDatabase() === 'sqlite')('the archive the refusals start from', () => {
  it(
    'is the demo content exported from SQLite',
    async () => {
      await seedDemo(app.payload)
      await run('export-data', [archive], onAppDatabase())
      expect((await manifestOf(archive)).media.length).toBeGreaterThan(0)
    },
    STEP_TIMEOUT,
  )
})

describe('npm run import-data refuses bad input with one sentence and changes nothing', () => {
  /** A copy of the archive with `change` applied to its unpacked files. */
  const altered = async (name: string, change: (root: string) => void): Promise<string> => {
    const root = fs.mkdtempSync(at(`${name}-`))
    await tar.x({ file: archive, cwd: root })
    change(root)
    const file = at(`${name}.tar.gz`)
    await tar.c({ gzip: true, file, cwd: root }, fs.readdirSync(root))
    return file
  }
  const rewriteManifest = (root: string, edit: (manifest: Manifest) => void) => {
    const file = path.join(root, 'manifest.json')
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
    edit(manifest)
    fs.writeFileSync(file, JSON.stringify(manifest))
  }

  // Side by side: each only reads the database, and each checks it is unchanged after its own refusal.
  it.concurrent.for([
    { case: 'a file that is no archive', file: () => Promise.resolve(writeText('notes.tar.gz', 'not an archive')), sentence: 'as a Folkmoot export archive' },
    { case: 'a missing file', file: () => Promise.resolve(at('nowhere.tar.gz')), sentence: 'as a Folkmoot export archive' },
    {
      case: 'a truncated archive',
      file: () => {
        const bytes = fs.readFileSync(archive)
        return Promise.resolve(writeBytes('truncated.tar.gz', bytes.subarray(0, Math.floor(bytes.length / 2))))
      },
      sentence: 'as a Folkmoot export archive',
    },
    {
      case: 'a wrong format version',
      file: () => altered('future', (root) => rewriteManifest(root, (manifest) => (manifest.formatVersion = 99))),
      sentence: 'is in export format 99, and this version of Folkmoot reads format 1 only',
    },
    {
      case: 'a missing media file named in the manifest',
      file: () =>
        altered('no-media', (root) => {
          const folder = path.join(root, 'media', 'media')
          fs.rmSync(path.join(folder, fs.readdirSync(folder)[0]!))
        }),
      sentence: 'in its manifest but does not hold it: the archive is incomplete.',
    },
    {
      case: 'content that differs from its manifest',
      file: () =>
        altered('edited', (root) => {
          const file = path.join(root, 'collections', 'communities.jsonl')
          fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"name":"[^"]+"/, '"name":"Somewhere else"'))
        }),
      sentence: 'The content of communities in',
    },
    {
      case: 'a database that is not empty, without --replace',
      file: () => Promise.resolve(archive),
      sentence: 'fills an empty database only. To delete them and import, run again with --replace',
    },
  ])('refuses $case', { timeout: STEP_TIMEOUT }, async ({ file, sentence }, { expect }) => {
    const before = await appState()
    expect(Object.values(before.summary.collections).some(({ documents }) => documents > 0)).toBe(true)
    const result = await runScript('scripts/import-data.ts', [await file()], onAppDatabase())
    expect(result.code).toBe(1)
    expect(result.output).toContain(sentence)
    expect(result.output).toContain('Nothing was changed.')
    expect(result.output).not.toMatch(/\n\s+at /)
    expect(await appState()).toEqual(before)
  })

  it(
    'replaces a database that is not empty when told to with --replace',
    async () => {
      await app.payload.create({ collection: 'communities', depth: 0, data: { name: 'Extra Parish', kind: 'parish', summary: 'Added after the export.' } })
      const output = await run('import-data', [archive, '--replace'], onAppDatabase())
      expect(output).toMatch(/replacing \d+ documents/)
      const expected = await manifestOf(archive)
      expect(summarise(app.payload, await readContents(app.payload))).toEqual({ collections: expected.collections, globals: expected.globals })
      expect((await signIn('admin@example.org')).user?.email).toBe('admin@example.org')
    },
    STEP_TIMEOUT,
  )
})

it('knows which collection every task input that names a document points at', () => {
  const tasksWithInput = (app.payload.config.jobs.tasks ?? []).filter((task) => (task.inputSchema?.length ?? 0) > 0).map((task) => String(task.slug))
  expect(tasksWithInput.sort()).toEqual(Object.keys(TASK_INPUT_REFERENCES).sort())
})

const writeText = (name: string, text: string) => writeBytes(name, Buffer.from(text))
const writeBytes = (name: string, bytes: Buffer): string => {
  fs.writeFileSync(at(name), bytes)
  return at(name)
}
