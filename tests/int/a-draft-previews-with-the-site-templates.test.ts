import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type SignedInApi, startSignedInApi } from './support/signedInApi'

let setup: SignedInApi
let draftId: number

beforeAll(async () => {
  setup = await startSignedInApi()
  const { payload, world } = setup
  const plan = await payload.create({
    collection: 'plans',
    draft: true,
    data: {
      title: 'Alderby Plan 2026–2031',
      community: world.alderby.id,
      period: { startYear: 2026, endYear: 2031 },
      priorities: [{ theme: 'transport' }],
      actions: [{ title: 'Free Wi-Fi in the village hall', theme: 'transport', status: 'not-started', progress: 0 }],
      _status: 'draft',
    },
  })
  draftId = plan.id
})
afterAll(async () => setup?.stop())

const preview = (token?: string) => fetch(`${setup.api.url}/api/plans/${draftId}/preview-page`, { headers: token ? { authorization: `JWT ${token}` } : {} })

describe('a draft plan previewed as the site will show it', () => {
  it('renders the draft with the site’s own plan page, marked as a preview and without scripts', async () => {
    const response = await preview(setup.tokens.member)
    const html = await response.text()
    expect(response.status, html.slice(0, 300)).toBe(200)
    expect(html).toContain('Preview of a draft, built with the site’s own templates.')
    expect(html).toContain('Alderby Plan 2026–2031')
    expect(html).toContain('Free Wi-Fi in the village hall')
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/)
    expect(response.headers.get('content-security-policy')).not.toContain('script-src')
    // The public still cannot see it: the draft never reached a published read.
    const published = await setup.payload.find({ collection: 'plans', where: { id: { equals: draftId } }, overrideAccess: false })
    expect(published.docs).toEqual([])
  }, 120_000)

  it('refuses someone signed out, and a member of another community, with a sentence', async () => {
    const signedOut = await preview()
    expect(signedOut.status).toBe(403)
    expect(((await signedOut.json()) as { message: string }).message).toBe('Sign in to preview a draft.')
    const outsider = await preview(setup.tokens.outsider)
    expect(outsider.status).toBe(404)
    expect(((await outsider.json()) as { message: string }).message).toBe('No such document, or it is not yours to read.')
  })
})
