import './loadEnvFile'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Imported first by every script, for its side effect: defaults for running on one machine
 * with no setup. PAYLOAD_SECRET, when not given, is made once and kept beside the database,
 * so sign-ins survive a restart and no secret is committed. It must come before the Payload
 * config in the import list, because the config reads the environment when it is evaluated.
 */
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'

if (!process.env.PAYLOAD_SECRET) {
  const file = path.resolve(process.cwd(), 'data/.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
}

// Forms on the site post to the admin server and mail links point at it, so its address must
// follow the port it really runs on; likewise the site's.
process.env.SERVER_URL ??= `http://localhost:${process.env.PORT ?? 3000}`
process.env.SITE_URL ??= `http://localhost:${process.env.SITE_PORT ?? 4321}`
