import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runScript } from './support/command'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
const createAdmin = (args: string[], stdin: string) => runScript('scripts/create-admin.ts', args, {}, stdin)
const accounts = async () =>
  (await app.payload.find({ collection: 'users', depth: 0, limit: 100, sort: 'email' })).docs.map((user) => `${user.email}:${user.role}`)

beforeAll(async () => {
  app = await startPayload()
})
afterAll(async () => {
  await app?.stop()
})

describe('npm run create-admin', () => {
  const password = 'a long and secret passphrase'

  it('creates an admin from a password on standard input, and never prints it', async () => {
    const result = await createAdmin(['--email', 'Clerk@Example.org', '--name', 'Parish Clerk'], `${password}\n`)
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('Created the admin account clerk@example.org')
    expect(result.output).not.toContain(password)
    expect(await accounts()).toEqual(['clerk@example.org:admin'])
    const signedIn = await app.payload.login({ collection: 'users', data: { email: 'clerk@example.org', password } })
    expect(signedIn.user?.role).toBe('admin')
  })

  it('makes the account an admin even when it is not the first one', async () => {
    const result = await createAdmin(['--email', 'second@example.org'], `${password}\n`)
    expect(result.code, result.output).toBe(0)
    expect(await accounts()).toEqual(['clerk@example.org:admin', 'second@example.org:admin'])
  })

  it.each([
    { case: 'a bad e-mail address', args: ['--email', 'not-an-address'], stdin: `${password}\n`, sentence: '"not-an-address" is not an e-mail address' },
    { case: 'no e-mail address', args: [], stdin: `${password}\n`, sentence: 'Say which e-mail address the admin signs in with.' },
    {
      case: 'an existing account',
      args: ['--email', 'clerk@example.org'],
      stdin: 'another long passphrase\n',
      sentence: 'There is already an account for clerk@example.org: nothing was changed.',
    },
    {
      case: 'a short password',
      args: ['--email', 'short@example.org'],
      stdin: 'tiny\n',
      sentence: 'The password is 4 characters long: use at least 12. No account was created.',
    },
    { case: 'no password at all', args: ['--email', 'empty@example.org'], stdin: '', sentence: 'The password is 0 characters long' },
    {
      case: 'a password given as an argument',
      args: ['--email', 'arg@example.org', '--password', password],
      stdin: '',
      sentence: 'The password is never given as an argument',
    },
    {
      case: 'an unknown option',
      args: ['--email', 'x@example.org', '--role', 'editor'],
      stdin: `${password}\n`,
      sentence: 'Usage: npm run create-admin -- --email',
    },
  ])('refuses $case with a sentence and changes nothing', async ({ args, stdin, sentence }) => {
    const before = await accounts()
    const result = await createAdmin(args, stdin)
    expect(result.code).toBe(1)
    expect(result.output).toContain(sentence)
    expect(result.output).not.toContain(password)
    expect(result.output).not.toMatch(/\n\s+at /)
    expect(await accounts()).toEqual(before)
  })

  it('keeps the existing password of an account it refuses to create again', async () => {
    await createAdmin(['--email', 'clerk@example.org'], 'another long passphrase\n')
    await expect(app.payload.login({ collection: 'users', data: { email: 'clerk@example.org', password } })).resolves.toHaveProperty('token')
  })
})
