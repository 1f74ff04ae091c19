import { type Settings, settings } from '../settings'

/**
 * What `npm run serve` demands beyond the settings' own checks (cms/settings.ts), checked before
 * anything starts. Each refusal is a sentence that says what to fix; `.env.example` documents them all.
 */
export const MIN_SECRET_LENGTH = 32

/** Links in mail and forms on the site use these addresses, so they must be the public, encrypted ones. */
const checkPublicUrl = (name: 'SERVER_URL' | 'SITE_URL', what: string, given: string | undefined, value: string, allowHttp: boolean): string | null => {
  // The demo's localhost defaults are no public address: production must say which one it is.
  if (!given?.trim()) return `${name} is not set: set it to the public address of ${what}.`
  if (value.startsWith('https://') || (value.startsWith('http://') && allowHttp)) return null
  return `${name} must start with https:// (it is "${value}"): sign-ins and forms must not cross a network in clear. On a private network only, set ALLOW_HTTP=private-network to allow http://.`
}

/** The settings for `npm run serve`, where the jobs queue is worked unless FOLKMOOT_RUN_JOBS=false; refusals are returned, never thrown one at a time. */
export const readProductionSettings = (env: Record<string, string | undefined>): { settings: Settings | null; refusals: string[] } => {
  let read: Settings
  try {
    read = settings({ ...env, FOLKMOOT_RUN_JOBS: env.FOLKMOOT_RUN_JOBS?.trim() || 'true' })
  } catch (error) {
    return { settings: null, refusals: [(error as Error).message] }
  }
  const refusals: string[] = []
  const secret = read.PAYLOAD_SECRET ?? ''
  if (secret.length === 0) {
    refusals.push(
      `PAYLOAD_SECRET is not set: set it to a random string of at least ${MIN_SECRET_LENGTH} characters (for example the output of \`openssl rand -hex 32\`) and keep it with your backups.`,
    )
  } else if (secret.length < MIN_SECRET_LENGTH) {
    refusals.push(`PAYLOAD_SECRET is ${secret.length} characters long: use at least ${MIN_SECRET_LENGTH} (for example the output of \`openssl rand -hex 32\`).`)
  }
  const allowHttp = read.ALLOW_HTTP === 'private-network'
  for (const refusal of [
    checkPublicUrl('SERVER_URL', 'the admin, such as https://cms.example.org', env.SERVER_URL, read.SERVER_URL, allowHttp),
    checkPublicUrl('SITE_URL', 'the public site, such as https://www.example.org', env.SITE_URL, read.SITE_URL, allowHttp),
  ]) {
    if (refusal) refusals.push(refusal)
  }
  return { settings: read, refusals }
}
