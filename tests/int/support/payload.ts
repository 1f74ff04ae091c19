import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Payload, getPayload } from 'payload'

export type TestPayload = { payload: Payload; stop: () => Promise<void> }

/**
 * A real Payload on a database of its own: a fresh SQLite file migrated with the committed
 * migrations, and a fresh uploads folder, removed again when the test file is done.
 */
export const startPayload = async (): Promise<TestPayload> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-test-'))
  process.env.SQLITE_PATH = path.join(dir, 'folkmoot.db')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
