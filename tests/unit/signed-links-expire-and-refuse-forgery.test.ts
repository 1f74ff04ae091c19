import { describe, expect, it } from 'vitest'

import { signToken, verifyToken } from '../../cms/lib/signedToken'

const issued = new Date('2026-11-30T10:00:00Z')
const later = (seconds: number) => new Date(issued.getTime() + seconds * 1000)

describe('signed links', () => {
  it('carry their subject and the time they were made', () => {
    const token = signToken('confirm-subscription', 'subscriber-42', 3600, issued)
    expect(verifyToken('confirm-subscription', token, later(60))).toEqual({ ok: true, subject: 'subscriber-42', issuedAt: issued })
  })

  it('are refused once they have expired', () => {
    const token = signToken('confirm-subscription', 'subscriber-42', 3600, issued)
    expect(verifyToken('confirm-subscription', token, later(3601))).toEqual({ ok: false, reason: 'expired' })
  })

  it('are refused when any character was changed', () => {
    const token = signToken('confirm-subscription', 'subscriber-42', 3600, issued)
    const [body, mac] = token.split('.') as [string, string]
    const otherBody = Buffer.from(Buffer.from(body, 'base64url').toString().replace('42', '43')).toString('base64url')
    expect(verifyToken('confirm-subscription', `${otherBody}.${mac}`, later(1))).toEqual({ ok: false, reason: 'forged' })
    const flipped = `${body}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`
    expect(verifyToken('confirm-subscription', flipped, later(1))).toEqual({ ok: false, reason: 'forged' })
  })

  it('made for one purpose do not work for another', () => {
    const token = signToken('preferences', 'subscriber-42', 3600, issued)
    expect(verifyToken('confirm-subscription', token, later(1))).toEqual({ ok: false, reason: 'malformed' })
  })

  it('refuse garbage without throwing', () => {
    for (const garbage of [undefined, null, 42, '', '.', 'a.b.c', 'not-a-token', '%%%.%%%', 'x'.repeat(5000), ['a', 'b']]) {
      expect(verifyToken('preferences', garbage, later(1)).ok).toBe(false)
    }
  })
})
