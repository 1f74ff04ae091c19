import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminServer, startAdminServer } from '../../cms/cli/admin'
import type { Consultation } from '../../cms/payload-types'
import { freePort } from '../support/freePort'
import { ensureAdminBuild } from './support/adminBuild'
import { makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload, testDatabase } from './support/payload'
import { formFieldsOf, postForm } from './support/responseForm'

const ANSWERS_PER_ADDRESS = 6

/**
 * The built admin server, as `npm start` and `npm run serve` run it: Next serves the admin's
 * pages and the API from separately bundled code, and residents' answers come in through a
 * route of their own. What is proved here is the server's, not the database's, so it runs on
 * the SQLite pass only.
 */
describe.runIf(testDatabase() === 'sqlite')('the production admin server', () => {
  let app: TestPayload
  let server: AdminServer
  let base: string
  let consultation: Consultation
  let respondUrl: string
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folkmoot-admin-server-'))

  const storedResponses = async () => (await app.payload.count({ collection: 'responses', where: { consultation: { equals: consultation.id } } })).totalDocs
  const validAnswers = () => {
    const [text, , , scale] = formFieldsOf(consultation)
    return new URLSearchParams([
      [text!.name, 'A community garden with benches.'],
      [scale!.name, '4'],
    ])
  }

  beforeAll(async () => {
    await ensureAdminBuild()
    app = await startPayload()
    consultation = (await makeFixtures(app.payload)).consultation
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    respondUrl = `${base}/api/consultations/${consultation.id}/respond`
    server = startAdminServer(port, path.join(dir, 'admin.log'), { HOST: '127.0.0.1', RESPONSES_PER_IP_PER_HOUR: String(ANSWERS_PER_ADDRESS) })
    // The first request is an admin page, so the admin's own code starts Payload, as when an editor signs in first.
    const deadline = Date.now() + 120_000
    for (;;) {
      const status = await fetch(`${base}/admin/login`).then(
        (response) => response.status,
        () => 0,
      )
      if (status === 200) break
      if (Date.now() > deadline || server.child.exitCode !== null)
        throw new Error(`The admin server did not serve its sign-in page:\n${fs.readFileSync(path.join(dir, 'admin.log'), 'utf8')}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }, 900_000)
  afterAll(async () => {
    server?.child.kill('SIGTERM')
    await server?.exited
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('names the fields a REST save got wrong after an admin page started Payload', async () => {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ed.editor@example.org', password: 'correct horse battery' }),
    })
    const { token } = (await login.json()) as { token: string }
    const save = await fetch(`${base}/api/communities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ kind: 'parish' }),
    })
    expect(save.status).toBe(400)
    const [error] = ((await save.json()) as { errors: Array<{ name: string; data?: { errors: Array<{ path: string }> } }> }).errors
    expect(error!.name).toBe('ValidationError')
    expect(error!.data?.errors.map((field) => field.path)).toEqual(expect.arrayContaining(['name', 'summary']))
  })

  it('takes answers from the form without JavaScript and sends the resident to the thank-you page', async () => {
    const before = await storedResponses()
    const response = await postForm(respondUrl, validAnswers())
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/thank-you.*reference=/)
    expect(await storedResponses()).toBe(before + 1)
  })

  it('answers a script in JSON with the reference', async () => {
    const response = await fetch(respondUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: validAnswers().toString(),
    })
    expect(response.status).toBe(201)
    const { reference } = (await response.json()) as { reference: string }
    const stored = await app.payload.find({ collection: 'responses', where: { reference: { equals: reference } }, depth: 0 })
    expect(stored.docs[0]?.answers?.[0]?.text).toBe('A community garden with benches.')
  })

  it('shows the form again, saying what is missing, and stores nothing', async () => {
    const before = await storedResponses()
    const answers = validAnswers()
    answers.delete(formFieldsOf(consultation)[0]!.name)
    const response = await postForm(respondUrl, answers)
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain('What would you like there?')
    expect(page).toMatch(/<title>Error: /)
    expect(await storedResponses()).toBe(before)
  })

  it('refuses a body over the size limit and stores nothing', async () => {
    const before = await storedResponses()
    const answers = validAnswers()
    answers.append('padding', 'x'.repeat(1024 * 1024))
    const response = await postForm(respondUrl, answers)
    expect(response.status).toBe(413)
    expect(await storedResponses()).toBe(before)
  })

  it('limits the answers from one connection, whatever X-Forwarded-For claims', async () => {
    const statuses: number[] = []
    for (let i = 0; i < ANSWERS_PER_ADDRESS + 1; i++) {
      statuses.push((await postForm(respondUrl, validAnswers(), { 'x-forwarded-for': `203.0.113.${i}` })).status)
    }
    // Every earlier test in this file used up one of the connection's answers.
    expect(statuses).toContain(429)
    expect(statuses.at(-1)).toBe(429)
  })
})
