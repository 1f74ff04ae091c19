import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../support/apiServer'
import type { Fixtures } from './support/fixtures'
import { type SignedInApi, startSignedInApi } from './support/signedInApi'

/**
 * Drafts skip validation, and create access lets a member through when nothing names an owner
 * (the admin asks before its form has data). A draft posted over REST must still name one.
 */
let setup: SignedInApi
let payload: Payload
let world: Fixtures
let api: ApiServer
let memberToken: string
let editorToken: string

beforeAll(async () => {
  setup = await startSignedInApi()
  ;({ payload, world, api } = setup)
  memberToken = setup.tokens.member
  editorToken = setup.tokens.editor
})
afterAll(async () => {
  await setup?.stop()
})

const postDraft = async (collection: string, token: string, data: Record<string, unknown>) => {
  const response = await fetch(`${api.url}/api/${collection}?draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string }> } }
}

const total = async (collection: 'plans' | 'consultations') => (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('a member’s draft that names no owner', () => {
  for (const collection of ['plans', 'consultations'] as const) {
    it(`is refused with a sentence on ${collection}, and nothing is stored`, async () => {
      const before = await total(collection)
      const { status, body } = await postDraft(collection, memberToken, { title: 'Belongs to nobody', _status: 'draft' })
      expect(status).toBe(403)
      expect(body.errors?.[0]?.message).toBe('Say which of your communities or clusters this is for: partnership members create content only for those.')
      expect(await total(collection)).toBe(before)
    })
  }

  it('is an influence log that takes the member’s first community, as the admin form does', async () => {
    const response = await fetch(`${api.url}/api/influence-logs?draft=true&depth=0`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${memberToken}` },
      body: JSON.stringify({ title: 'Met the bus company', _status: 'draft' }),
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { community: number } }).doc.community).toBe(world.alderby.id)
  })

  it('is accepted when it names one of the member’s own communities', async () => {
    const { status } = await postDraft('plans', memberToken, { title: 'Alderby draft', community: world.alderby.id, _status: 'draft' })
    expect(status).toBe(201)
  })

  it('is the editor’s to leave unowned while drafting, as before', async () => {
    const { status } = await postDraft('plans', editorToken, { title: 'District draft', _status: 'draft' })
    expect(status).toBe(201)
  })
})
