import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

import { clientKey, rateLimiter } from '../endpoints/support/rateLimit'
import { TooManyRequests } from '../endpoints/support/tooManyRequests'

const HOUR = 60 * 60

/** Reset links asked for from one address: enough for an office's staff, too few to mail-bomb with. */
const requestsPerAddress = rateLimiter('password-reset-requests', { points: 10, durationSeconds: HOUR })
/** Reset mails to one account, from any address: a person who lost the first mail can ask twice more. */
const mailsPerAccount = rateLimiter('password-reset-mails', { points: 3, durationSeconds: HOUR })
/** New passwords set with a link from one address: tokens cannot be guessed, and this keeps anyone from trying. */
const resetsPerAddress = rateLimiter('password-resets', { points: 20, durationSeconds: HOUR })

/** The account's counter key: a hash, so the counters (kept in the database on MongoDB) hold no addresses. */
const accountKey = (email: string) => crypto.createHash('sha256').update(email.toLowerCase().trim()).digest('hex')

/**
 * Payload's forgot-password and reset-password endpoints have no limit of their own, so anyone
 * could fill a member of staff's inbox with reset mails, from one address or many. Counts every
 * request, for an email with an account or without, so a refusal says nothing about who has one.
 */
export const limitPasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Scripts act through the Local API, with no address.
  if (req.payloadAPI !== 'REST') return args
  if (operation === 'forgotPassword') {
    if (!(await requestsPerAddress.consume(clientKey(req))))
      throw new TooManyRequests('Too many password reset requests from your connection. Please try again in an hour.')
    const { email } = (args as { data: { email?: unknown } }).data
    if (typeof email === 'string' && !(await mailsPerAccount.consume(accountKey(email))))
      throw new TooManyRequests(
        'A reset link has been asked for that address several times this hour. Please look for it in your mail, or try again in an hour.',
      )
  }
  if (operation === 'resetPassword' && !(await resetsPerAddress.consume(clientKey(req))))
    throw new TooManyRequests('Too many password resets from your connection. Please try again in an hour.')
  return args
}
