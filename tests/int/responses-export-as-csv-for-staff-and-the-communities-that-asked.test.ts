import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { type Fixtures, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let api: ApiServer
let world: Fixtures
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startPayload()
  world = await makeFixtures(app.payload)
  const [text, single, multiple, scale] = world.consultation.questions!
  await app.payload.create({
    collection: 'responses',
    data: {
      consultation: world.consultation.id,
      channel: 'paper',
      moderation: 'pending',
      answers: [
        { question: text!.id!, text: '=HYPERLINK("http://evil.example") and "quotes", commas' },
        { question: single!.id!, choices: [single!.options![1]!.id!] },
        { question: multiple!.id!, choices: [multiple!.options![0]!.id!, multiple!.options![2]!.id!] },
        { question: scale!.id!, rating: 2 },
      ],
    },
  })
  await app.payload.create({ collection: 'equality-answers', data: { consultation: world.consultation.id, ageBand: '65-74', gender: 'Man' } })
  for (const [role, user] of Object.entries(world.users)) {
    const { token } = await app.payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery' } })
    tokens[role] = token!
  }
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

const download = (file: string, role?: string) =>
  fetch(`${api.url}/api/consultations/${world.consultation.id}/${file}`, { headers: role ? { authorization: `JWT ${tokens[role]}` } : {} })

describe('downloading responses as CSV', () => {
  it('gives editors one row per response, one column per question, with labels and safe cells', async () => {
    const response = await download('responses.csv', 'editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${world.consultation.slug}-responses.csv"`)
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('reference,received,channel,moderation,What would you like there?,Which layout?,When would you use it?,How much does it matter?')
    expect(lines[1]).toMatch(
      /^R-[0-9A-F]{8},\d{4}-\d\d-\d\dT[^,]+,paper,pending,"'=HYPERLINK\(""http:\/\/evil\.example""\) and ""quotes"", commas",Play area,Mornings; Weekends,2$/,
    )
    expect(lines[2]).toBe('')
  })

  it('gives equality monitoring to admins only', async () => {
    expect((await download('equality.csv', 'editor')).status).toBe(403)
    const response = await download('equality.csv', 'admin')
    expect(response.status).toBe(200)
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[1]).toBe('65 to 74,,,Man')
  })

  it('gives a member of the community that asked its responses, but never equality monitoring', async () => {
    const response = await download('responses.csv', 'member')
    expect(response.status).toBe(200)
    expect((await response.text()).split('\r\n')[1]).toMatch(/^R-[0-9A-F]{8},.*,paper,pending,/)
    expect((await download('equality.csv', 'member')).status).toBe(403)
  })

  it('refuses people who are not signed in, and members of other communities', async () => {
    expect((await download('responses.csv')).status).toBe(401)
    const refused = await download('responses.csv', 'outsider')
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { message: string }).message).toBe(
      'Only editors and the communities that ran this consultation may download its responses.',
    )
    expect((await download('equality.csv')).status).toBe(401)
  })
})
