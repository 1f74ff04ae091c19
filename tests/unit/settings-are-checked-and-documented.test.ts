import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { INTERNAL_SETTINGS, SETTINGS, settings } from '../../cms/settings'

/** The variable names in the README's "Settings" table, in order. */
const documented = (): string[] => {
  const readme = fs.readFileSync(path.resolve(process.cwd(), 'README.md'), 'utf8')
  const section = readme.split(/^## Settings$/m)[1]?.split(/^## /m)[0] ?? ''
  return [...section.matchAll(/^\| `([A-Z_]+)` +\|/gm)].map((match) => match[1]!)
}

describe('settings are read in one place, checked, and documented', () => {
  it('documents every setting people can set, and no other', () => {
    const internal: readonly string[] = INTERNAL_SETTINGS
    expect(documented().sort()).toEqual(
      Object.keys(SETTINGS)
        .filter((name) => !internal.includes(name))
        .sort(),
    )
  })

  it('gives every setting a working default', () => {
    expect(settings({})).toMatchObject({
      SQLITE_PATH: 'data/folkmoot.db',
      SERVER_URL: 'http://localhost:3000',
      SITE_URL: 'http://localhost:4321',
      PORT: 3000,
      PARTNER_LINK_DAYS: 14,
      RESPONSES_PER_IP_PER_HOUR: 30,
      MEILI_INDEX: 'folkmoot',
    })
  })

  it('names the variable and what it must be when a value is wrong', () => {
    expect(() => settings({ PORT: 'eighty' })).toThrow('PORT must be a port number (it is "eighty")')
    expect(() => settings({ SITE_URL: 'example.org' })).toThrow('SITE_URL must be an http:// or https:// address')
    expect(() => settings({ PARTNER_LINK_DAYS: '0', RESPONSES_PER_IP_PER_HOUR: '2.5' })).toThrow(
      /PARTNER_LINK_DAYS must be a whole number above 0 .*; RESPONSES_PER_IP_PER_HOUR must be a whole number above 0/,
    )
    expect(() => settings({ DATABASE_URI: 'postgres://db' })).toThrow('DATABASE_URI must be a mongodb:// or mongodb+srv:// address')
  })

  it('never repeats a secret in its error', () => {
    let message = ''
    try {
      settings({ SMTP_URL: 'http://user:hunter2@relay' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('SMTP_URL must be an smtp://')
    expect(message).not.toContain('hunter2')
  })

  it('reads an empty variable as unset and trims trailing slashes from addresses', () => {
    expect(settings({ SMTP_URL: '', SERVER_URL: 'https://admin.example.org/' })).toMatchObject({ SMTP_URL: undefined, SERVER_URL: 'https://admin.example.org' })
  })

  it('follows the environment when it changes between reads, though a read is remembered', () => {
    const env: Record<string, string | undefined> = { PORT: '3001' }
    expect(settings(env).PORT).toBe(3001)
    expect(settings(env)).toBe(settings({ PORT: '3001' }))
    env.PORT = '3002'
    expect(settings(env).PORT).toBe(3002)
    env.PORT = 'eighty'
    expect(() => settings(env)).toThrow('PORT must be a port number')
    delete env.PORT
    expect(settings(env).PORT).toBe(3000)
  })
})
