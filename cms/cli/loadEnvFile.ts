import fs from 'node:fs'
import path from 'node:path'

/**
 * Imported first by every script, for its side effect: settings in `.env` (see `.env.example`)
 * join the environment, as Payload's own CLI does. A variable already set wins over the file.
 * Node has read such files itself since 20.12, so no library is needed. ENV_FILE is read raw here,
 * not through cms/settings.ts: the file it names is where the other settings come from.
 */
const file = path.resolve(process.cwd(), process.env.ENV_FILE ?? '.env')
if (fs.existsSync(file)) process.loadEnvFile(file)
