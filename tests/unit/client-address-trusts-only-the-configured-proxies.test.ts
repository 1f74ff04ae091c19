import http from 'node:http'
import { Socket } from 'node:net'

import { describe, expect, it } from 'vitest'

import { PEER_HEADER, clientAddress, stampPeer, trustedProxyHops } from '../../cms/lib/clientAddress'

const stamped = (peer: string, headers: Record<string, string> = {}): Headers => {
  const req = new http.IncomingMessage(new Socket())
  Object.assign(req.headers, headers)
  stampPeer(req, peer)
  return new Headers(req.headers as Record<string, string>)
}

describe('clientAddress', () => {
  it('uses the socket peer and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(stamped('192.0.2.7', { 'x-forwarded-for': '203.0.113.9' }), 0)).toBe('192.0.2.7')
  })

  it('replaces a peer header the client sent itself', () => {
    expect(clientAddress(stamped('192.0.2.7', { [PEER_HEADER]: '203.0.113.9' }), 0)).toBe('192.0.2.7')
  })

  it('takes the Nth entry from the right with N trusted proxies', () => {
    const headers = stamped('10.0.0.2', { 'x-forwarded-for': '203.0.113.9, 198.51.100.4, 10.0.0.1' })
    expect(clientAddress(headers, 1)).toBe('10.0.0.1')
    expect(clientAddress(headers, 2)).toBe('198.51.100.4')
  })

  it('falls back to the peer when a request came past the proxy without the header', () => {
    expect(clientAddress(stamped('192.0.2.7'), 1)).toBe('192.0.2.7')
  })

  it('refuses a hop count that is not a whole number, with a sentence naming the setting', () => {
    process.env.TRUSTED_PROXY_HOPS = 'one'
    try {
      expect(() => trustedProxyHops()).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/)
    } finally {
      delete process.env.TRUSTED_PROXY_HOPS
    }
  })
})
