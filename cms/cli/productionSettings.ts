/**
 * Every setting `npm run serve` reads, checked before anything starts. Each refusal is a
 * sentence that says what to fix; `.env.example` documents them all.
 */
export type ProductionSettings = {
  adminPort: number
  sitePort: number
  /** Interface both servers listen on; unset means every interface. */
  host: string | undefined
  /** Whether this instance works the jobs queue (one runner per queue). */
  runJobs: boolean
}

export const MIN_SECRET_LENGTH = 32
export const ALLOW_HTTP_PRIVATE = 'private-network'

const port = (name: string, value: string | undefined, fallback: number, refusals: string[]): number => {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (Number.isInteger(parsed) && parsed > 0 && parsed < 65536) return parsed
  refusals.push(`${name} must be a port number between 1 and 65535, not "${value}".`)
  return fallback
}

/** Links in mail and forms on the site use these addresses, so they must be the public, encrypted ones. */
const checkPublicUrl = (name: string, what: string, value: string | undefined, allowHttp: boolean, refusals: string[]): void => {
  let url: URL
  try {
    url = new URL(value ?? '')
  } catch {
    refusals.push(`${name} ${value ? `"${value}" is not an address` : 'is not set'}: set it to the public address of ${what}.`)
    return
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && allowHttp)) return
  refusals.push(
    `${name} must start with https:// (it is "${value}"): sign-ins and forms must not cross a network in clear. On a private network only, set ALLOW_HTTP=${ALLOW_HTTP_PRIVATE} to allow http://.`,
  )
}

/** Reads the production settings from `env`; refusals are returned, never thrown one at a time. */
export const readProductionSettings = (env: NodeJS.ProcessEnv): { settings: ProductionSettings; refusals: string[] } => {
  const refusals: string[] = []
  const secret = env.PAYLOAD_SECRET ?? ''
  if (secret.length === 0) {
    refusals.push(`PAYLOAD_SECRET is not set: set it to a random string of at least ${MIN_SECRET_LENGTH} characters (for example the output of \`openssl rand -hex 32\`) and keep it with your backups.`)
  } else if (secret.length < MIN_SECRET_LENGTH) {
    refusals.push(`PAYLOAD_SECRET is ${secret.length} characters long: use at least ${MIN_SECRET_LENGTH} (for example the output of \`openssl rand -hex 32\`).`)
  }
  const allowHttp = env.ALLOW_HTTP ?? ''
  if (allowHttp !== '' && allowHttp !== ALLOW_HTTP_PRIVATE) {
    refusals.push(`ALLOW_HTTP may only be "${ALLOW_HTTP_PRIVATE}" (or unset), not "${allowHttp}".`)
  }
  checkPublicUrl('SERVER_URL', 'the admin, such as https://cms.example.org', env.SERVER_URL, allowHttp === ALLOW_HTTP_PRIVATE, refusals)
  checkPublicUrl('SITE_URL', 'the public site, such as https://www.example.org', env.SITE_URL, allowHttp === ALLOW_HTTP_PRIVATE, refusals)
  const runJobs = (env.FOLKMOOT_RUN_JOBS ?? 'true').toLowerCase()
  if (runJobs !== 'true' && runJobs !== 'false') refusals.push(`FOLKMOOT_RUN_JOBS must be "true" or "false", not "${env.FOLKMOOT_RUN_JOBS}".`)
  return {
    settings: {
      adminPort: port('PORT', env.PORT, 3000, refusals),
      sitePort: port('SITE_PORT', env.SITE_PORT, 4321, refusals),
      host: env.HOST || undefined,
      runJobs: runJobs !== 'false',
    },
    refusals,
  }
}
