import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Payload, getPayload } from 'payload'
import { inject } from 'vitest'

/** Which database this pass runs on: the suite runs once on SQLite and once on MongoDB (FerretDB). */
export const testDatabase = (): 'sqlite' | 'mongodb' => (process.env.FOLKMOOT_TEST_DB === 'mongodb' ? 'mongodb' : 'sqlite')

export type TestPayload = { payload: Payload; stop: () => Promise<void> }

/**
 * A real Payload on a database of its own: a fresh SQLite file migrated with the committed
 * migrations, or a fresh database on the pass's FerretDB, and a fresh uploads folder, all
 * removed again when the test file is done.
 */
export const startPayload = async (): Promise<TestPayload> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-test-'))
  process.env.SQLITE_PATH = path.join(dir, 'folkmoot.db')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  if (testDatabase() === 'mongodb') process.env.DATABASE_URI = `${inject('mongoUri')}/${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '_')}`
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      if (testDatabase() === 'mongodb') await payload.db.connection.dropDatabase()
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
