import { createHmac, timingSafeEqual } from 'node:crypto'
import { settings } from '../settings'

/** What a link is for; a token signed for one purpose is refused for every other. */
export type TokenPurpose = string

export type VerifiedToken = { ok: true; subject: string; issuedAt: Date } | { ok: false; reason: 'malformed' | 'forged' | 'expired' }

type Claims = { p: TokenPurpose; s: string; iat: number; exp: number }

const secret = (): string => {
  const value = settings().PAYLOAD_SECRET
  if (!value) throw new Error('PAYLOAD_SECRET is not set: signed links cannot be made or checked without it.')
  return value
}

const signature = (body: string): Buffer => createHmac('sha256', secret()).update(`folkmoot-link.${body}`).digest()

/** A URL-safe token saying "this link is for <purpose> on <subject>", valid for ttlSeconds. */
export const signToken = (purpose: TokenPurpose, subject: string, ttlSeconds: number, now: Date = new Date()): string => {
  const iat = Math.floor(now.getTime() / 1000)
  const claims: Claims = { p: purpose, s: subject, iat, exp: iat + ttlSeconds }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${signature(body).toString('base64url')}`
}

const readClaims = (body: string): Claims | undefined => {
  try {
    const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    if (typeof claims !== 'object' || claims === null) return undefined
    const { p, s, iat, exp } = claims as Record<string, unknown>
    if (typeof p !== 'string' || typeof s !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') return undefined
    return { p, s, iat, exp }
  } catch {
    return undefined
  }
}

/** Checks signature first, then purpose and expiry; never throws on hostile input. */
export const verifyToken = (purpose: TokenPurpose, token: unknown, now: Date = new Date()): VerifiedToken => {
  if (typeof token !== 'string' || token.length > 2048) return { ok: false, reason: 'malformed' }
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return { ok: false, reason: 'malformed' }
  const given = Buffer.from(mac, 'base64url')
  const expected = signature(body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' }
  const claims = readClaims(body)
  if (!claims || claims.p !== purpose) return { ok: false, reason: 'malformed' }
  if (now.getTime() / 1000 > claims.exp) return { ok: false, reason: 'expired' }
  return { ok: true, subject: claims.s, issuedAt: new Date(claims.iat * 1000) }
}
