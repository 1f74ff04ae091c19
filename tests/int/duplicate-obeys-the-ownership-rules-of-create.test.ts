import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUG_PATTERN } from '../../cms/lib/slugify'
import type { ApiServer } from '../support/apiServer'
import { type Fixtures, daysFromNow } from './support/fixtures'
import { type Role, type SignedInApi, startSignedInApi } from './support/signedInApi'

/**
 * Payload's duplicate endpoint (`POST /api/<collection>/:id/duplicate`) over real HTTP, as the
 * outside probe used it: a copy is held to the rules of create, judged on what it will hold.
 */
let setup: SignedInApi
let payload: Payload
let world: Fixtures
let api: ApiServer
let tokens: Record<Role, string>

beforeAll(async () => {
  setup = await startSignedInApi()
  ;({ payload, world, api, tokens } = setup)
})
afterAll(async () => {
  await setup?.stop()
})

const duplicate = async (collection: string, id: number | string, role: Role, query = '', body: Record<string, unknown> = {}) => {
  const response = await fetch(`${api.url}/api/${collection}/${id}/duplicate${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
    body: JSON.stringify(body),
  })
  return { status: response.status, doc: ((await response.json()) as { doc?: Record<string, unknown> }).doc }
}

const count = async (collection: 'influence-logs' | 'consultations' | 'plans') => (await payload.count({ collection, overrideAccess: true })).totalDocs

/** A published log of Alderby that its partner has confirmed, with the partner's comment. */
const confirmedLogOfAlderby = () =>
  payload.create({
    collection: 'influence-logs',
    depth: 0,
    data: {
      title: `Bus shelter agreed ${Math.random()}`,
      community: world.alderby.id,
      date: daysFromNow(-2),
      partner: world.partner.id,
      whatChanged: 'The council agreed a shelter at the school stop.',
      method: 'joint-working',
      kind: 'encouraged-others',
      moneyInfluenced: 1500,
      partnerConfirmation: {
        status: 'confirmed',
        respondedAt: daysFromNow(-1),
        comment: 'Yes, as agreed.',
        requestedAt: daysFromNow(-2),
        requestId: 'request-1',
      },
      _status: 'published',
    },
  })

describe('copying another community’s content', () => {
  it('refuses a member a published copy of another community’s influence log, and stores nothing', async () => {
    const log = await confirmedLogOfAlderby()
    const before = await count('influence-logs')
    const { status } = await duplicate('influence-logs', log.id, 'outsider', '?draft=false', { title: 'Ours now', moneyInfluenced: 999999 })
    expect(status).toBe(403)
    expect(await count('influence-logs')).toBe(before)
  })

  it('refuses a member a draft copy of another community’s consultation, and stores nothing', async () => {
    const before = await count('consultations')
    expect((await duplicate('consultations', world.consultation.id, 'outsider')).status).toBe(403)
    expect((await duplicate('consultations', world.consultation.id, 'outsider', '?draft=true')).status).toBe(403)
    expect(await count('consultations')).toBe(before)
  })

  it('refuses a member a copy into a community they do not act for', async () => {
    const log = await confirmedLogOfAlderby()
    expect((await duplicate('influence-logs', log.id, 'member', '', { community: world.bexcombe.id })).status).toBe(403)
  })
})

describe('copying one’s own content', () => {
  it('lets a member copy their own log, which starts unconfirmed and unasked', async () => {
    const log = await confirmedLogOfAlderby()
    const { status, doc } = await duplicate('influence-logs', log.id, 'member', '?draft=false', { title: 'Second shelter' })
    expect(status).toBe(200)
    const copy = await payload.findByID({ collection: 'influence-logs', id: doc!.id as number, depth: 0, showHiddenFields: true })
    expect(copy).toMatchObject({ title: 'Second shelter', community: world.alderby.id, _status: 'published' })
    expect(copy.partnerConfirmation).toMatchObject({ status: 'unconfirmed', respondedAt: null, comment: null, requestedAt: null, requestId: null })
  })

  it('keeps a copy of the cluster’s log the cluster’s, without the member’s own community', async () => {
    const log = await payload.create({
      collection: 'influence-logs',
      depth: 0,
      data: {
        title: 'Shared minibus',
        cluster: world.cluster.id,
        date: daysFromNow(-2),
        partner: world.partner.id,
        whatChanged: 'A minibus serves the whole vale.',
        method: 'joint-working',
        kind: 'encouraged-others',
        partnerConfirmation: { status: 'unconfirmed' },
        _status: 'published',
      },
    })
    const { status, doc } = await duplicate('influence-logs', log.id, 'member', '?draft=false')
    expect(status).toBe(200)
    expect(await payload.findByID({ collection: 'influence-logs', id: doc!.id as number, depth: 0 })).toMatchObject({
      cluster: world.cluster.id,
      community: null,
    })
  })

  it('gives an editor’s copy no confirmation either', async () => {
    const log = await confirmedLogOfAlderby()
    const { status, doc } = await duplicate('influence-logs', log.id, 'editor')
    expect(status).toBe(200)
    expect((await payload.findByID({ collection: 'influence-logs', id: doc!.id as number, depth: 0 })).partnerConfirmation?.status).toBe('unconfirmed')
  })

  it('does not let a member publish a plan by copying a published one', async () => {
    const plan = await payload.create({
      collection: 'plans',
      depth: 0,
      data: {
        title: 'Alderby plan',
        community: world.alderby.id,
        period: { startYear: 2025, endYear: 2030 },
        priorities: [{ theme: 'housing' }],
        _status: 'published',
      },
    })
    const before = await count('plans')
    expect((await duplicate('plans', plan.id, 'member', '?draft=false')).status).toBe(403)
    expect(await count('plans')).toBe(before)
    const { status, doc } = await duplicate('plans', plan.id, 'member', '?draft=true')
    expect(status).toBe(200)
    expect(doc).toMatchObject({ _status: 'draft' })
  })

  it('gives a draft copy a valid slug of its own, though drafts skip validation', async () => {
    const { status, doc } = await duplicate('consultations', world.consultation.id, 'member', '?draft=true')
    expect(status).toBe(200)
    expect(doc!.slug).toMatch(SLUG_PATTERN)
    expect(doc!.slug).not.toBe(world.consultation.slug)
  })
})
