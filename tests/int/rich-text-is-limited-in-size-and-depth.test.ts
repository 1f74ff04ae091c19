import { type Field, ValidationError, flattenAllFields } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RICH_TEXT_LIMITS, richTextWithinLimits } from '../../cms/lib/richTextLimits'
import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer
let world: Fixtures
let token = ''

beforeAll(async () => {
  app = await startPayload()
  world = await makeFixtures(app.payload)
  token = (await app.payload.login({ collection: 'users', data: { email: world.users.editor.email, password: 'correct horse battery' } })).token!
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const text = (words: string) => ({ type: 'text', text: words, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: unknown[]) => ({ type, format: '', indent: 0, version: 1, direction: 'ltr', children })
const document = (children: unknown[]) => ({ root: { ...element('root', children) } })

/** Quotes inside quotes, `levels` deep, as the outside probe sent. */
const nested = (levels: number) => {
  let node: unknown = element('paragraph', [text('deep')])
  for (let level = 0; level < levels; level += 1) node = element('quote', [node])
  return document([node])
}

const postNewsletter = (body: unknown) =>
  fetch(`${api.url}/api/newsletters`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ subject: 'Limits', audience: { kind: 'everyone' }, body }),
  })

const newsletters = async () => (await app.payload.count({ collection: 'newsletters' })).totalDocs

describe('rich text has a size and a depth limit', () => {
  it('refuses a body nested 1,500 levels deep with a 400 and a sentence, not a 500, and stores nothing', async () => {
    const before = await newsletters()
    const response = await postNewsletter(nested(1500))
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }> }
    expect(errors[0]?.data?.errors).toContainEqual(
      expect.objectContaining({ path: 'body', message: expect.stringMatching(/^This text is nested too deeply: more than 100 levels/) }),
    )
    expect(await newsletters()).toBe(before)
  })

  it('refuses a body nested 20,000 levels deep the same way, before Payload or the editor walk it', async () => {
    const before = await newsletters()
    // Built as text: JSON.stringify itself cannot go this deep.
    const open = '{"type":"quote","format":"","indent":0,"version":1,"direction":"ltr","children":['
    const body = `{"root":{"type":"root","format":"","indent":0,"version":1,"direction":"ltr","children":[${open.repeat(20_000)}{"type":"paragraph","children":[]}${']}'.repeat(20_000)}]}}`
    const response = await fetch(`${api.url}/api/newsletters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: `{"subject":"Deep","audience":{"kind":"everyone"},"body":${body}}`,
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('This text is nested too deeply')
    expect(await newsletters()).toBe(before)
  })

  it('refuses data nested 20,000 deep in a field that is not rich text with a 400 and a sentence', async () => {
    const response = await fetch(`${api.url}/api/partners`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: `{"name":"Deep","kind":"other","website":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('The data sent is nested more than 200 levels deep')
  })

  it('refuses a guidance step body that is too deep, naming the step', async () => {
    const error = await app.payload
      .create({
        collection: 'guidance',
        data: { title: 'Deep guide', summary: 'Deep.', audience: ['residents'], steps: [{ heading: 'One', body: nested(1500) as never }] },
      })
      .then(
        () => null,
        (caught: unknown) => caught,
      )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toContainEqual(expect.objectContaining({ path: 'steps.0.body' }))
  })

  it('refuses a 10 MB body with a 400 naming its size and the limit', async () => {
    const before = await newsletters()
    const paragraph = element('paragraph', [text('word '.repeat(2000))])
    const response = await postNewsletter(document(Array.from({ length: 1000 }, () => paragraph)))
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }> }
    expect(errors[0]?.data?.errors).toContainEqual(
      expect.objectContaining({
        path: 'body',
        message: expect.stringMatching(/^This text is too long to store and send by email: it takes 10,\d{3} KB, and the limit is 1,000 KB\./),
      }),
    )
    expect(await newsletters()).toBe(before)
  })

  it('keeps ordinary deep lists and long texts', async () => {
    let list: unknown = element('paragraph', [text('innermost')])
    for (let level = 0; level < 10; level += 1)
      list = { ...element('list', [{ ...element('listitem', [list]), value: 1 }]), tag: 'ul', listType: 'bullet', start: 1 }
    const long = Array.from({ length: 300 }, () => element('paragraph', [text('A sentence of an ordinary guide. '.repeat(40))]))
    const response = await postNewsletter(document([list, ...long]))
    expect(response.status, await response.text()).toBe(201)
  })

  it('applies the limits to every rich-text field in every collection', async () => {
    const { default: config } = await import('@payload-config')
    const richTextFields = (fields: Field[]): Array<{ name: string; validate?: unknown }> =>
      flattenAllFields({ fields }).flatMap((field) => {
        if (field.type === 'richText') return [field]
        if (field.type === 'array' || field.type === 'group') return richTextFields(field.fields)
        if (field.type === 'blocks') return field.blocks.flatMap((block) => richTextFields(block.fields))
        return []
      })
    const found = (await config).collections.flatMap((collection) =>
      richTextFields(collection.fields).map((field) => ({ where: `${collection.slug}.${field.name}`, limited: field.validate === richTextWithinLimits })),
    )
    expect(found.map(({ where }) => where).sort()).toEqual(['guidance.body', 'newsletters.body', 'plans.vision'])
    expect(found.filter(({ limited }) => !limited)).toEqual([])
    expect(RICH_TEXT_LIMITS).toEqual({ maxBytes: 1_000_000, maxDepth: 100 })
  })
})
