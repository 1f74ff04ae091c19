import { z } from 'zod'

/**
 * Every setting Folkmoot reads from the environment, checked here and nowhere else; the README's
 * settings table is checked against this list by tests/unit/settings-are-checked-and-documented.test.ts.
 * Read on each call, not once at start: tests and scripts change the environment as they go.
 */
const text = z.string().trim().min(1)
const address = (example: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http:// or https:// address such as ${example}` }).transform((value) => value.replace(/\/+$/, ''))
const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole port number')
  .min(1, 'must be a port number from 1 to 65535')
  .max(65535, 'must be a port number from 1 to 65535')
const positiveWhole = z.coerce
  .number({ error: 'must be a whole number above 0' })
  .int('must be a whole number above 0')
  .positive('must be a whole number above 0')

export const SETTINGS = {
  PAYLOAD_SECRET: text.optional(),
  SQLITE_PATH: text.default('data/folkmoot.db'),
  DATABASE_URI: text.regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// address').optional(),
  MEDIA_DIR: text.default('media'),
  SERVER_URL: address('https://admin.example.org').default('http://localhost:3000'),
  ALLOW_HTTP: z.enum(['private-network'], { error: 'may only be "private-network" (or unset)' }).optional(),
  ENV_FILE: text.default('.env'),
  PORT: port.default(3000),
  HOST: text.optional(),
  SITE_PORT: port.default(4321),
  SITE_URL: address('https://example.org').default('http://localhost:4321'),
  SITE_OUT: text.default('dist'),
  SITE_SNAPSHOT: text.default('data/site-snapshot.json'),
  SITE_SNAPSHOT_PENDING: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  SITE_PREVIOUS_SNAPSHOT: text.optional(),
  SITE_PREVIOUS_OUT: text.optional(),
  SITE_BUILD_WORK: text.optional(),
  SITE_ROUTE_SHARD: z
    .string()
    .regex(/^\d+\/\d+$/, 'must be a share such as 0/2')
    .optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address such as smtp://user:pass@relay:587' }).optional(),
  MAIL_FROM: text.default('hello@folkmoot.localhost'),
  PARTNER_LINK_DAYS: positiveWhole.default(14),
  MEMBERS_MAY_SEND_NEWSLETTERS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  RESPONSE_RETENTION_MONTHS: positiveWhole.default(12),
  RESPONSES_PER_IP_PER_HOUR: positiveWhole.default(30),
  API_READS_PER_IP_PER_MINUTE: positiveWhole.default(120),
  FAILED_SIGN_INS_PER_IP_PER_HOUR: positiveWhole.default(20),
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: 'must be a whole number (0 when no proxy is in front)' })
    .int('must be a whole number (0 when no proxy is in front)')
    .min(0, 'must be a whole number (0 when no proxy is in front)')
    .default(0),
  BODY_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number of seconds above 0' }).positive('must be a number of seconds above 0').default(10),
  ADMIN_LOG: text.default('data/admin.log'),
  DEMO_PASSWORD: text.default('folkmoot-demo'),
  MEILI_URL: address('http://127.0.0.1:7700').optional(),
  MEILI_MASTER_KEY: text.optional(),
  MEILI_INDEX: text.default('folkmoot'),
  MEILI_PUBLIC_URL: address('https://search.example.org').optional(),
  MEILI_BIN: text.optional(),
  SOURCE_URL: address('https://example.org/folkmoot.git').default('https://github.com/folkmoot/folkmoot'),
  NEWSLETTER_SENDER_TIMEOUT_SECONDS: positiveWhole.default(900),
  FOLKMOOT_RUN_JOBS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  FOLKMOOT_SEARCH: text.optional(),
} as const

/** Secrets (or addresses that may carry one) are never repeated in an error. */
const SECRET = new Set(['PAYLOAD_SECRET', 'DATABASE_URI', 'SMTP_URL', 'MEILI_MASTER_KEY'])

/** Settings that the commands set for their children, not people: left out of the README's table. */
export const INTERNAL_SETTINGS = [
  'SITE_SNAPSHOT',
  'SITE_SNAPSHOT_PENDING',
  'SITE_PREVIOUS_SNAPSHOT',
  'SITE_PREVIOUS_OUT',
  'SITE_BUILD_WORK',
  'SITE_ROUTE_SHARD',
  'FOLKMOOT_SEARCH',
] as const

const schema = z.object(SETTINGS)
export type Settings = z.infer<typeof schema>

const NAMES = Object.keys(SETTINGS)
/** The last environment read and what it gave: checking is cheaper than parsing, and requests ask on every call. */
let remembered: { raw: Array<string | undefined>; value: Settings } | undefined

/** The settings, or an error naming each variable that is wrong and what it must be. */
export const settings = (env: Record<string, string | undefined> = process.env): Settings => {
  const raw = NAMES.map((name) => env[name])
  if (remembered && raw.every((value, index) => value === remembered!.raw[index])) return remembered.value
  // An empty variable means "not set", as the shell's `VAR= npm start` intends.
  const given = Object.fromEntries(NAMES.map((name, index) => [name, raw[index]?.trim() || undefined]))
  const parsed = schema.safeParse(given)
  if (parsed.success) {
    // Shared by every caller from now on, so nobody may change it.
    remembered = { raw, value: Object.freeze(parsed.data) }
    return remembered.value
  }
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0])
    return SECRET.has(name) ? `${name} ${issue.message}` : `${name} ${issue.message} (it is "${given[name]}")`
  })
  throw new Error(`Folkmoot's settings are wrong: ${problems.join('; ')}.`)
}

/** Who mail comes from: MAIL_FROM is "Name <address>" or a bare address, whose name is then the site's (Site settings). */
export const mailSender = (): { name: string | null; address: string } => {
  const value = settings().MAIL_FROM
  const match = /^(.*)<([^>]+)>$/.exec(value)
  if (!match) return { name: null, address: value }
  return { name: match[1]!.trim().replace(/^"|"$/g, '') || null, address: match[2]!.trim() }
}

/** The public site's origin, for links in mail and pages. */
export const siteUrl = (): string => settings().SITE_URL

/** The CMS origin, where signed links and forms land. */
export const serverUrl = (): string => settings().SERVER_URL
