import type { IncomingMessage } from 'node:http'
import { settings } from '../settings'

/**
 * The header our HTTP servers (the admin server and the test harness) stamp with the socket's
 * peer address, replacing whatever a client sent under that name. Next passes no peer address
 * to route handlers: it only fills X-Forwarded-For when a request arrives without one, so that
 * header alone can always be forged.
 */
export const PEER_HEADER = 'x-folkmoot-peer'
/** Set by a server that stamps PEER_HEADER; without it (e.g. bare `next start`) the header is not believed. */
const STAMPING_FLAG = 'FOLKMOOT_PEER_STAMPED'

/** How many reverse proxies in front of the admin append to X-Forwarded-For: TRUSTED_PROXY_HOPS, default 0. */
export const trustedProxyHops = (): number => settings().TRUSTED_PROXY_HOPS

/** Called by a server before it hands requests on: from then on PEER_HEADER is believed. */
export const stampPeer = (req: IncomingMessage, peer = req.socket.remoteAddress): void => {
  process.env[STAMPING_FLAG] = 'true'
  req.headers[PEER_HEADER] = peer ?? 'unknown'
}

/**
 * The caller's address, for per-address limits. With no trusted proxy (the default) it is the
 * socket's peer and X-Forwarded-For is ignored; with N trusted proxies it is the Nth entry of
 * X-Forwarded-For from the right, the one the outermost trusted proxy wrote. Entries further
 * left were written by the client and are never used.
 */
export const clientAddress = (headers: Headers, hops = trustedProxyHops()): string => {
  const peer = process.env[STAMPING_FLAG] === 'true' ? headers.get(PEER_HEADER) : null
  if (hops === 0) return peer ?? 'unknown'
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded.at(-hops) ?? forwarded[0] ?? peer ?? 'unknown'
}
