import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Defaults for running on one machine with no setup. PAYLOAD_SECRET, when not given, is made
 * once and kept beside the database, so sign-ins survive a restart and no secret is committed.
 */
export const prepareEnvironment = (): void => {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  if (process.env.PAYLOAD_SECRET) return
  const file = path.resolve(process.cwd(), 'data/.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}
