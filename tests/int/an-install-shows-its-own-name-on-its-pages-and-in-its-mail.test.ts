import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../support/apiServer'
import { community } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'
import { postSubscribeForm, signUpFields } from './support/subscriptions'

const NAME = 'Alder Vale Plans'
const ORGANISATION = 'Alder Vale Community Council'

let app: TestPayload
let api: ApiServer
let place: number | string

/** Every mention of Folkmoot but the "powered by" line and the product's own addresses. */
const strayFolkmoot = (text: string): string[] =>
  [...text.replaceAll('Powered by Folkmoot', '').matchAll(/.{0,40}folkmoot.{0,40}/gi)]
    .map(([match]) => match)
    .filter((match) => !/folkmoot\.localhost|github\.com\/folkmoot/i.test(match))

beforeAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
  app = await startPayload()
  place = (await community(app.payload, 'Alderby')).id
  await app.payload.updateGlobal({ slug: 'site-settings', data: { name: NAME, organisation: ORGANISATION, accentColour: '#0b4f8a' } })
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
})
afterAll(async () => {
  await api?.stop()
  await app?.stop()
})

describe('Site settings', () => {
  it('are public to read', async () => {
    const read = await app.payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
    expect(read).toMatchObject({ name: NAME, organisation: ORGANISATION })
  })

  it('refuse an accent colour with too little contrast, with a sentence saying why', async () => {
    const refused = await app.payload.updateGlobal({ slug: 'site-settings', data: { accentColour: '#ffcc00' } }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).data.errors).toEqual([
      expect.objectContaining({
        path: 'accentColour',
        message: expect.stringMatching(/^The accent colour #ffcc00 has a contrast of 1\.\d\d:1 with white, below the 4\.5:1 that WCAG 2\.2 AA needs/),
      }),
    ])
    expect((await app.payload.findGlobal({ slug: 'site-settings', depth: 0 })).accentColour).toBe('#0b4f8a')
  })
})

describe('an install with its own name', () => {
  it('sends mail from that name, says who runs it and links to the privacy notice', async () => {
    const response = await postSubscribeForm(api.url, signUpFields('resident@example.org', [place]))
    expect(response.status).toBe(303)
    const [mail] = (await app.payload.find({ collection: 'outbox', depth: 0, sort: '-createdAt', limit: 1 })).docs
    expect(mail!.from).toBe(`${NAME} <hello@folkmoot.localhost>`)
    expect(mail!.subject).toBe(`Please confirm your ${NAME} newsletter subscription`)
    expect(mail!.text).toContain(`asked to receive ${NAME} newsletters`)
    expect(mail!.text).toContain(`run by ${ORGANISATION}`)
    expect(mail!.html).toMatch(/href="http:\/\/localhost:4321\/privacy\/"/)
    expect(strayFolkmoot(`${mail!.subject}\n${mail!.html}\n${mail!.text}`)).toEqual([])
  })

  it('answers a sign-up with a mistake with its own name and the form as it was filled in', async () => {
    const fields = signUpFields('resident@example.org', [place]).filter(([name]) => name !== 'consent')
    const response = await postSubscribeForm(api.url, fields)
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain(`<title>Error: Get the newsletter · ${NAME}</title>`)
    expect(page).toContain(`>${NAME}</a>`)
    expect(page).toContain(`${NAME} is run by ${ORGANISATION}`)
    expect(page).toContain('html:root{--brand:#0b4f8a}')
    expect(strayFolkmoot(page)).toEqual([])

    // What was typed and ticked is still there; the missing tick has its own message.
    expect(page).toMatch(/<input class="input" id="email" name="email" type="email"[^>]* value="resident@example.org"/)
    expect(page).toMatch(new RegExp(`<input type="checkbox" id="communities" name="communities" value="${place}" checked>`))
    expect(page).toMatch(
      /<p class="error-message" id="consent-error"><span class="visually-hidden">Error:<\/span> Tick the box to agree to receive newsletters\.<\/p>/,
    )
    expect(page).toContain('<a href="#consent">Tick the box to agree to receive newsletters.</a>')
    expect(page).toContain(`I agree that ${ORGANISATION} may email me newsletters`)
  })
})
