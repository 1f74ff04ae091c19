import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signToken } from '../../cms/lib/signedToken'
import { CONFIRM_PURPOSE, MANAGE_PURPOSE } from '../../cms/newsletters/subscriptions/subscriptionLinks'
import { createRandom } from '../../cms/seed/random'
import { NEWSLETTER_CONSENT_VERSION } from '../../cms/shared/newsletterConsent'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { community } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

/** One hostile or broken request: where it goes and what it carries. */
type Case = { name: string; method: 'GET' | 'POST'; path: string; contentType?: string; body?: string | Blob }

const random = createRandom('subscription-endpoints-refuse-bad-input')
let app: TestPayload
let api: ApiServer
let payload: Payload
let places: Array<number | string>
let confirmedId: number | string
let peer = 0

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  places = [(await community(payload, 'Fuzzbury')).id, (await community(payload, 'Noiseley')).id]
  const confirmed = await payload.create({
    collection: 'subscribers',
    depth: 0,
    data: {
      email: 'kept@example.org',
      status: 'confirmed',
      communities: [places[0] as number],
      consent: { givenAt: new Date().toISOString(), source: 'website', wordingVersion: 'test' },
    },
  })
  confirmedId = confirmed.id
  const { default: config } = await import('@payload-config')
  // Each case comes from an address of its own, so the cases test validation rather than the rate limits.
  api = await startApiServer(config, { peerFor: (req) => String(req.headers['x-test-peer'] ?? 'unknown') })
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const BAD_EMAILS = [
  '',
  ' ',
  'plainaddress',
  '@example.org',
  'name@',
  'name@example',
  'name@@example.org',
  'name@example..org',
  '.name@example.org',
  'name.@example.org',
  'na me@example.org',
  'name@exa mple.org',
  'name@-example.org',
  'name@example-.org',
  'name@example.123',
  'a@b.org\r\nBcc: victim@example.net',
  'a@b.org\nSubject: hello',
  'a@b.org\rX-Header: 1',
  'a@b.org%0d%0aBcc:x@y.org',
  'a@b.org, victim@example.net',
  'a@b.org; victim@example.net',
  '<a@b.org>',
  'Name <a@b.org>',
  '"quoted"@example.org',
  'a\u0000b@example.org',
  'ünï@example.org',
  'name@exämple.org',
  `${'x'.repeat(65)}@example.org`,
  `a@${'b'.repeat(64)}.org`,
  `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`,
  '=?utf-8?b?YUBiLm9yZw==?=',
]

const goodFields = (): Array<[string, string]> => [
  ['email', `fuzz${random.int(0, 1e9)}@example.org`],
  ['communities', String(random.pick(places))],
  ['consent', 'yes'],
  ['consentVersion', NEWSLETTER_CONSENT_VERSION],
  ['website', ''],
]

const form = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString()

/** A valid sign-up with one to three things broken; each breakage alone makes the request bad. */
const brokenSignUp = (): Case => {
  let fields = goodFields()
  const broken: string[] = []
  const set = (name: string, value: string) => (fields = [...fields.filter(([key]) => key !== name), [name, value]])
  const breakers: Array<() => void> = [
    () => set('email', random.pick(BAD_EMAILS)),
    () => set('communities', random.pick(['0', '-1', '999999', 'abc', '1; DROP TABLE subscribers', '1e3', '0x1f', 'ffffffffffffffffffffffff', ' 1', '', '١'])),
    () => (fields = [...fields, ...Array.from({ length: 101 }, (_, index): [string, string] => ['communities', String(index + 1)])]),
    () => set('consent', random.pick(['', 'no', 'YES', 'yes ', 'true', 'on'])),
    () => (fields = fields.filter(([key]) => key !== 'consent')),
    () => set('consentVersion', random.pick(['', '2020-01', `${NEWSLETTER_CONSENT_VERSION} `, 'x'.repeat(500)])),
    () => set('website', random.pick(['http://spam.example', 'x', ' '])),
    () => (fields = [...fields, [random.pick(['name', 'role', 'status', '__proto__', 'constructor', 'email[]', 'Email']), 'x']]),
    () => (fields = [...fields, ['email', 'second@example.org']]),
    () => (fields = fields.filter(([key]) => key !== 'communities')),
  ]
  const count = random.int(1, 3)
  for (const breaker of random.sample(breakers, count)) {
    breaker()
    broken.push(String(breakers.indexOf(breaker)))
  }
  const asJson = random.chance(0.3)
  if (asJson) {
    const body: Record<string, string | string[]> = {}
    for (const [key, value] of fields) {
      const existing = body[key]
      body[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
    }
    return {
      name: `sign-up (JSON) broken by ${broken.join('+')}`,
      method: 'POST',
      path: 'subscribe',
      contentType: 'application/json',
      body: JSON.stringify(body),
    }
  }
  return {
    name: `sign-up broken by ${broken.join('+')}`,
    method: 'POST',
    path: 'subscribe',
    contentType: 'application/x-www-form-urlencoded',
    body: form(fields),
  }
}

/** Bodies that are wrong as a whole: type, size, encoding, shape. */
const brokenBody = (): Case => {
  const variants: Array<() => Case> = [
    () => ({ name: 'no content type', method: 'POST', path: 'subscribe', body: form(goodFields()) }),
    () => ({ name: 'text/plain', method: 'POST', path: 'subscribe', contentType: 'text/plain', body: form(goodFields()) }),
    () => ({
      name: 'multipart',
      method: 'POST',
      path: 'subscribe',
      contentType: 'multipart/form-data; boundary=x',
      body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.org\r\n--x--',
    }),
    () => ({ name: 'XML', method: 'POST', path: 'subscribe', contentType: 'application/xml', body: '<email>a@b.org</email>' }),
    () => ({
      name: 'oversized form',
      method: 'POST',
      path: 'subscribe',
      contentType: 'application/x-www-form-urlencoded',
      body: `${form(goodFields())}&pad=${'x'.repeat(random.int(17, 200) * 1024)}`,
    }),
    () => ({
      name: 'malformed JSON',
      method: 'POST',
      path: 'subscribe',
      contentType: 'application/json',
      body: random.pick([
        '{',
        '{"email":',
        'null',
        '[]',
        '"a@b.org"',
        '{"email": {"$gt": ""}}',
        '{"email": null, "communities": [{}]}',
        '{"communities": [1, [2]]}',
        '\u0000',
      ]),
    }),
    () => ({
      name: 'binary',
      method: 'POST',
      path: 'subscribe',
      contentType: 'application/x-www-form-urlencoded',
      body: new Blob([Uint8Array.from({ length: random.int(1, 400) }, () => random.int(0, 255))]),
    }),
    () => ({ name: 'empty form', method: 'POST', path: 'subscribe', contentType: 'application/x-www-form-urlencoded', body: '' }),
  ]
  return random.pick(variants)()
}

/** Signed links that must not work: forged, cut, for another purpose, expired, for nobody. */
const badToken = (): string =>
  random.pick<() => string>([
    () => '',
    () => 'not-a-token',
    () => 'a.b.c',
    () => 'x'.repeat(random.int(2049, 5000)),
    () => signToken(MANAGE_PURPOSE, String(confirmedId), 3600).slice(0, -random.int(1, 10)),
    () => `${signToken(MANAGE_PURPOSE, String(confirmedId), 3600).split('.')[0]}.${Buffer.from('forged-signature-of-32-bytes!!!!').toString('base64url')}`,
    () => signToken('influence-confirmation', String(confirmedId), 3600),
    () => signToken(MANAGE_PURPOSE, String(confirmedId), 60, new Date(Date.now() - 3600 * 1000)),
    () => signToken(CONFIRM_PURPOSE, String(confirmedId), 60, new Date(Date.now() - 3600 * 1000)),
    () => signToken(MANAGE_PURPOSE, '999999', 3600),
    () => signToken(CONFIRM_PURPOSE, 'abc', 3600),
    () => signToken(MANAGE_PURPOSE, '{"$ne":null}', 3600),
  ])()

const brokenLink = (): Case => {
  const action = random.pick(['confirm', 'preferences', 'unsubscribe'])
  const token = badToken()
  const where = random.pick(['query', 'body', 'both'] as const)
  const query = where === 'body' ? '' : `?token=${encodeURIComponent(token)}`
  if (random.chance(0.35)) return { name: `GET ${action} with a bad link`, method: 'GET', path: `${action}${query || '?token='}` }
  const extra: Array<[string, string]> = random.chance(0.3) ? [['communities', String(random.pick(places))]] : []
  const body = where === 'query' ? (action === 'unsubscribe' ? 'List-Unsubscribe=One-Click' : '') : form([['token', token], ...extra])
  return {
    name: `POST ${action} with a bad link (${where})`,
    method: 'POST',
    path: `${action}${query}`,
    contentType: 'application/x-www-form-urlencoded',
    body,
  }
}

/** A real preferences link for a confirmed subscriber, carrying choices or fields that are not allowed. */
const badPreferences = (): Case => {
  const token = signToken(MANAGE_PURPOSE, String(confirmedId), 3600)
  const fields: Array<[string, string]> = [['token', token]]
  random.pick<() => void>([
    () => fields.push(['communities', random.pick(['999999', 'abc', '0', '-5', 'ffffffffffffffffffffffff'])]),
    () => fields.push(...Array.from({ length: 101 }, (_, index): [string, string] => ['clusters', String(index + 1)])),
    () => fields.push([random.pick(['email', 'status', 'consent', 'role']), 'changed@example.org']),
    () => fields.push(['token', token]),
  ])()
  return {
    name: 'POST preferences with bad choices',
    method: 'POST',
    path: 'preferences',
    contentType: 'application/x-www-form-urlencoded',
    body: form(fields),
  }
}

/** Made once the fixtures exist: the cases refer to real communities and a real subscriber. */
const generateCases = (): Case[] => [
  ...Array.from({ length: 560 }, brokenSignUp),
  ...Array.from({ length: 160 }, brokenBody),
  ...Array.from({ length: 260 }, brokenLink),
  ...Array.from({ length: 80 }, badPreferences),
]

const send = async (testCase: Case) => {
  peer += 1
  const headers: Record<string, string> = { 'x-test-peer': `203.0.113.${peer % 250}.${peer}`, accept: random.chance(0.5) ? 'text/html' : 'application/json' }
  if (testCase.contentType) headers['content-type'] = testCase.contentType
  const response = await fetch(`${api.url}/api/subscriptions/${testCase.path}`, { method: testCase.method, headers, body: testCase.body, redirect: 'manual' })
  return { status: response.status, body: await response.text() }
}

const storedState = async () => ({
  subscribers: await payload.find({ collection: 'subscribers', depth: 0, pagination: false, limit: 0, sort: 'id' }).then((result) => result.docs),
  outbox: (await payload.count({ collection: 'outbox' })).totalDocs,
})

describe('the subscription endpoints under bad input', () => {
  it('answer over 1,000 generated bad requests with a 4xx each, never a 5xx, and store nothing', async () => {
    const cases = generateCases()
    expect(cases.length).toBeGreaterThanOrEqual(1000)
    const before = await storedState()
    const wrong: string[] = []
    const statuses = new Map<number, number>()
    for (const testCase of cases) {
      const { status, body } = await send(testCase)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      if (status < 400 || status >= 500) wrong.push(`${status} for ${testCase.name}: ${body.slice(0, 200)}`)
    }
    console.log(
      `statuses: ${[...statuses]
        .sort()
        .map(([status, count]) => `${status}×${count}`)
        .join(', ')}`,
    )
    expect(wrong).toEqual([])
    expect(await storedState()).toEqual(before)
  }, 300_000)

  it('still accepts a good sign-up afterwards, so the refusals were about the input', async () => {
    const response = await send({ name: 'good', method: 'POST', path: 'subscribe', contentType: 'application/x-www-form-urlencoded', body: form(goodFields()) })
    expect(response.status).toBeLessThan(400)
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(2)
  })
})
