import crypto from 'node:crypto'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clientKey, rateLimiter } from '../endpoints/support/rateLimit'
import { TooManyRequests } from '../endpoints/support/tooManyRequests'
import { settings } from '../settings'

/**
 * Failed sign-ins per address: FAILED_SIGN_INS_PER_IP_PER_HOUR (20). Each attempt takes a point
 * and a successful one gives it back, so an office behind one address can still sign in all day.
 * This replaces Payload's per-account lockout, which let anyone lock any account (the admin's
 * included) with five wrong passwords, and whose "locked" message told them the account existed.
 */
const perAddress = rateLimiter('failed-sign-ins', { points: settings().FAILED_SIGN_INS_PER_IP_PER_HOUR, durationSeconds: 60 * 60 })

/**
 * The work Payload does to check a password (its generatePasswordSaltHash: PBKDF2-SHA256,
 * 600,000 iterations, 32 bytes). Payload answers at once when no account has the email; doing
 * the same work first makes both answers take the same time.
 */
const PASSWORD_CHECK = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

const checkAgainstNoAccount = (password: string): Promise<void> =>
  new Promise((resolve, reject) =>
    crypto.pbkdf2(password, DUMMY_SALT, PASSWORD_CHECK.iterations, PASSWORD_CHECK.keyLength, PASSWORD_CHECK.digest, (error) =>
      error ? reject(error) : resolve(),
    ),
  )

const hasAccount = async (req: PayloadRequest, email: unknown): Promise<boolean> => {
  if (typeof email !== 'string') return false
  const found = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: email.toLowerCase().trim() } } })
  return found !== null
}

export const limitSignIns: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  // Scripts sign in through the Local API and have no address: only the REST sign-in is limited.
  if (req.payloadAPI === 'REST' && !(await perAddress.consume(clientKey(req))))
    throw new TooManyRequests('Too many sign-in attempts from your connection. Please try again in an hour.')
  const { email, password } = (args as { data: { email?: unknown; password?: unknown } }).data
  if (!(await hasAccount(req, email))) await checkAgainstNoAccount(typeof password === 'string' ? password : '')
  return args
}

export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = async ({ req }) => {
  if (req.payloadAPI === 'REST') await perAddress.reward(clientKey(req))
}
