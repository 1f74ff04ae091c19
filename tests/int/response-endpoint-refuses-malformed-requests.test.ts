import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { formFieldsOf } from './support/responseForm'

let app: TestPayload
let api: ApiServer
let cases: Case[]

type Case = { kind: string; path: string; contentType: string; body: string }

const CASES_PER_KIND = 130
const FORM = 'application/x-www-form-urlencoded'

const form = (entries: Array<[string, string]>) => new URLSearchParams(entries).toString()

beforeAll(async () => {
  process.env.RESPONSES_PER_IP_PER_HOUR = '100000'
  app = await startPayload()
  const world = await makeFixtures(app.payload)
  const closed = await app.payload.create({
    collection: 'consultations',
    data: {
      title: 'Closed',
      communities: [world.alderby.id],
      summary: 'Over.',
      opensAt: daysFromNow(-30),
      closesAt: daysFromNow(-1),
      questions: [{ prompt: 'Q?', kind: 'text' }],
      _status: 'published',
    },
  })
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)

  type Field = ReturnType<typeof formFieldsOf>[number]
  const [text, single, multiple, scale] = formFieldsOf(world.consultation) as [Field, Field, Field, Field]
  const open = `/api/consultations/${world.consultation.id}/respond`
  const valid: Array<[string, string]> = [
    [text.name, 'A garden.'],
    [scale.name, '3'],
  ]
  const known = new Set([text.name, single.name, multiple.name, scale.name, 'website', 'eq-ageBand', 'eq-disability', 'eq-ethnicGroup', 'eq-gender'])
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))
  const notAScale = anyText.filter((value) => value.trim() !== '' && !/^[1-5]$/.test(value.trim()))
  const notAnOption = anyText.filter((value) => value !== '' && !single.options.includes(value) && !multiple.options.includes(value))

  const kinds: Record<string, fc.Arbitrary<Case>> = {
    'wrong content type': fc
      .record({
        contentType: fc.constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/x-www-form-urlencodedx', 'text/html'),
        body: anyText,
      })
      .map(({ contentType, body }) => ({ kind: 'wrong content type', path: open, contentType, body })),
    'malformed JSON': fc
      .oneof(
        anyText.filter((value) => {
          try {
            const parsed: unknown = JSON.parse(value)
            return typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)
          } catch {
            return true
          }
        }),
        fc.array(fc.anything()).map((value) => JSON.stringify(value)),
        fc.dictionary(fc.string(), fc.object(), { minKeys: 1 }).map((value) => JSON.stringify({ ...Object.fromEntries(valid), ...value })),
      )
      .map((body) => ({ kind: 'malformed JSON', path: open, contentType: 'application/json', body })),
    'unknown questions': fc
      .array(
        fc.tuple(
          anyText.filter((name) => !known.has(name)),
          anyText,
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((extra) => ({ kind: 'unknown questions', path: open, contentType: FORM, body: form([...valid, ...extra]) })),
    'wrong types': fc
      .oneof(
        fc.tuple(anyText, anyText).map(([a, b]) =>
          form([
            [text.name, a],
            [text.name, b],
            [scale.name, '3'],
          ]),
        ),
        notAnOption.map((value) => form([...valid, [single.name, value]])),
        fc.tuple(fc.constantFrom(...single.options), fc.constantFrom(...single.options)).map(([a, b]) => form([...valid, [single.name, a], [single.name, b]])),
        notAnOption.map((value) => form([...valid, [multiple.name, multiple.options[0]!], [multiple.name, value]])),
        notAScale.map((value) =>
          form([
            [text.name, 'A garden.'],
            [scale.name, value],
          ]),
        ),
        fc.constantFrom('ancient', 'yes please', '1', 'WHITE').map((value) => form([...valid, ['eq-ageBand', value], ['eq-ethnicGroup', value]])),
        fc
          .integer()
          .filter((value) => value < 1 || value > 5)
          .map((value) => JSON.stringify({ [text.name]: 'x', [scale.name]: value })),
      )
      .map((body) => ({ kind: 'wrong types', path: open, contentType: body.startsWith('{') ? 'application/json' : FORM, body })),
    'missing required answers': fc
      .subarray([
        [single.name, single.options[0]!],
        [multiple.name, multiple.options[1]!],
        ['eq-gender', 'Prefer to self-describe'],
      ] as Array<[string, string]>)
      .map((entries) => ({ kind: 'missing required answers', path: open, contentType: FORM, body: form([[scale.name, ''], ...entries]) })),
    'huge strings': fc
      .oneof(
        fc.integer({ min: 5001, max: 60_000 }).map((length) =>
          form([
            [text.name, 'x'.repeat(length)],
            [scale.name, '3'],
          ]),
        ),
        fc.integer({ min: 61, max: 5000 }).map((length) => form([...valid, ['eq-gender', 'g'.repeat(length)]])),
        fc.integer({ min: 300_000, max: 600_000 }).map((length) => form([[text.name, 'é'.repeat(length)]])),
      )
      .map((body) => ({ kind: 'huge strings', path: open, contentType: FORM, body })),
    'closed or unknown consultation': fc
      .oneof(
        fc.constant(`/api/consultations/${closed.id}/respond`),
        fc.integer({ min: 100_000 }).map((id) => `/api/consultations/${id}/respond`),
        fc.stringMatching(/^[0-9a-f]{24}$/).map((id) => `/api/consultations/${id}/respond`),
        fc.string({ minLength: 1 }).map((id) => `/api/consultations/${encodeURIComponent(id)}/respond`),
      )
      .map((path) => ({ kind: 'closed or unknown consultation', path, contentType: FORM, body: form(valid) })),
    'trap or control characters': fc
      .oneof(
        anyText.filter((value) => value !== '').map((value) => form([...valid, ['website', value]])),
        fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u007f').map((bad) =>
          form([
            [text.name, `hello${bad}`],
            [scale.name, '3'],
          ]),
        ),
      )
      .map((body) => ({ kind: 'trap or control characters', path: open, contentType: FORM, body })),
  }
  cases = Object.values(kinds).flatMap((arbitrary) => fc.sample(arbitrary, { numRuns: CASES_PER_KIND, seed: 20261130 }))
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

describe('the response endpoint, given malformed requests', () => {
  it(`answers each of ${8 * CASES_PER_KIND} generated cases with a 4xx and stores nothing`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000)
    const before = [(await app.payload.count({ collection: 'responses' })).totalDocs, (await app.payload.count({ collection: 'equality-answers' })).totalDocs]
    const unexpected: string[] = []
    const seen = new Set<number>()
    for (const testCase of cases) {
      const response = await fetch(`${api.url}${testCase.path}`, {
        method: 'POST',
        headers: { 'content-type': testCase.contentType, accept: 'application/json' },
        body: testCase.body,
      })
      await response.arrayBuffer()
      seen.add(response.status)
      if (response.status < 400 || response.status > 499) unexpected.push(`${testCase.kind}: ${response.status} for ${testCase.body.slice(0, 120)}`)
    }
    expect(unexpected).toEqual([])
    // Every kind of refusal was reached, not just the first check in line.
    expect([...seen].sort()).toEqual([400, 404, 409, 413, 415, 422])
    const after = [(await app.payload.count({ collection: 'responses' })).totalDocs, (await app.payload.count({ collection: 'equality-answers' })).totalDocs]
    expect(after).toEqual(before)
  })
})
