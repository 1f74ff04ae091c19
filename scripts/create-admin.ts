import { parseArgs } from 'node:util'

import { readNewPassword } from '../cms/cli/readPassword'
import { runScript } from '../cms/cli/runScript'
import { serverUrl } from '../cms/settings'

/**
 * `npm run create-admin -- --email you@example.org [--name "Your Name"]`: creates an admin
 * account, with the password from a prompt or standard input. Every refusal changes nothing.
 */
const MIN_PASSWORD_LENGTH = 12
// Deliberately loose, like Payload's own check: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const USAGE = 'Usage: npm run create-admin -- --email you@example.org [--name "Your Name"], then type the password when asked (or pipe it on standard input).'

const readArguments = (): { email: string; name: string } => {
  let values: { email?: string; name?: string }
  try {
    ;({ values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true, allowPositionals: false }))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/password/i.test(message))
      throw new Error(
        `The password is never given as an argument (others on the machine could read it): leave it out and type it when asked, or pipe it on standard input. ${USAGE}`,
        { cause: error },
      )
    throw new Error(`${message.split('\n')[0]} ${USAGE}`, { cause: error })
  }
  if (!values.email) throw new Error(`Say which e-mail address the admin signs in with. ${USAGE}`)
  const email = values.email.trim().toLowerCase()
  if (!EMAIL.test(email)) throw new Error(`"${values.email}" is not an e-mail address: give one such as you@example.org.`)
  const name = (values.name ?? 'Administrator').trim()
  if (!name) throw new Error('The name is empty: give one with --name "Your Name", or leave --name out.')
  return { email, name }
}

runScript(async () => {
  const { email, name } = readArguments()
  const password = await readNewPassword()
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password is ${password.length} characters long: use at least ${MIN_PASSWORD_LENGTH}. No account was created.`)
  }
  const { bootPayload } = await import('../cms/cli/bootPayload')
  const payload = await bootPayload()
  try {
    const existing = await payload.count({ collection: 'users', where: { email: { equals: email } } })
    if (existing.totalDocs > 0)
      throw new Error(`There is already an account for ${email}: nothing was changed. To make it an admin, edit it in the admin under Settings › Users.`)
    await payload.create({ collection: 'users', data: { email, name, password, role: 'admin' }, depth: 0 })
    console.log(`Created the admin account ${email}. Sign in at ${serverUrl()}/admin.`)
  } finally {
    await payload.destroy()
  }
})
