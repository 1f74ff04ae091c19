import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import { demoPassword } from '../seed/users'

const derive = promisify(pbkdf2)

// Payload's two password hash formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js),
// which it does not export: the current one is prefixed, the legacy one is plain hex.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const hashParameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { hex: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }

const matches = async (password: string, salt: string, hash: string): Promise<boolean> => {
  const { hex, iterations, keyLength } = hashParameters(hash)
  const stored = Buffer.from(hex, 'hex')
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}

/**
 * E-mail addresses of every account whose password is still the published demo one, whatever
 * its address: the hash is checked, since an operator may have renamed a demo account.
 */
export const accountsWithDemoPassword = async (payload: Payload): Promise<string[]> => {
  const passwords = [...new Set(['folkmoot-demo', demoPassword()])]
  const found: string[] = []
  let page = 1
  for (;;) {
    const batch = await payload.find({ collection: 'users', showHiddenFields: true, depth: 0, limit: 50, page, sort: 'createdAt' })
    const checks = batch.docs.map(async (user) => {
      const { hash, salt } = user as { hash?: unknown; salt?: unknown }
      if (typeof hash !== 'string' || typeof salt !== 'string') return
      for (const password of passwords) if (await matches(password, salt, hash)) return found.push(user.email)
    })
    await Promise.all(checks)
    if (!batch.hasNextPage) return found
    page += 1
  }
}
