import type { PayloadRequest } from 'payload'
import { settings } from '../../settings'

export type Fields = Record<string, string | string[]>

type Status = 400 | 408 | 413 | 415

export type BodyResult = { ok: true; fields: Fields } | { ok: false; status: Status; message: string }

const refuse = (status: Status, message: string): BodyResult => ({ ok: false, status, message })

/** How long a whole form may take to arrive: BODY_TIMEOUT_SECONDS (10). A stalled body must not hold a request open. */
const bodyTimeoutMs = (): number => settings().BODY_TIMEOUT_SECONDS * 1000

/** Reads at most maxBytes of the body; one byte more, or a body still arriving at the deadline, and the whole request is refused. */
const readLimited = async (req: PayloadRequest, maxBytes: number): Promise<Buffer | 'too-large' | 'too-slow'> => {
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return 'too-large'
  if (!req.body) return Buffer.alloc(0)
  const reader = req.body.getReader()
  let timedOut = false
  // Cancelling the reader ends a pending read() with done, so the loop below stops at the deadline.
  const timer = setTimeout(() => {
    timedOut = true
    void reader.cancel()
  }, bodyTimeoutMs())
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        return 'too-large'
      }
      chunks.push(value)
    }
  } finally {
    clearTimeout(timer)
  }
  return timedOut ? 'too-slow' : Buffer.concat(chunks)
}

/** No prototype: a field named "__proto__" or "constructor" is just a field, and is seen as one. */
const noPrototype = (): Fields => Object.create(null) as Fields

const fromForm = (text: string): Fields => {
  const fields = noPrototype()
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = fields[key]
    fields[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
  }
  return fields
}

/** JSON bodies must be flat: strings, or lists of strings (numbers and booleans are read as text). */
const fromJson = (text: string): Fields | undefined => {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
  const fields = noPrototype()
  const scalar = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined)
  for (const [key, value] of Object.entries(parsed)) {
    if (Array.isArray(value)) {
      const items = value.map(scalar)
      if (items.some((item) => item === undefined)) return undefined
      fields[key] = items as string[]
    } else if (value !== null) {
      const item = scalar(value)
      if (item === undefined) return undefined
      fields[key] = item
    }
  }
  return fields
}

/** Parses a plain HTML form post or a JSON body into fields, refusing anything else clearly. */
export const readBody = async (req: PayloadRequest, { maxBytes }: { maxBytes: number }): Promise<BodyResult> => {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') {
    return refuse(415, 'Send the form as application/x-www-form-urlencoded or application/json.')
  }
  const body = await readLimited(req, maxBytes)
  if (body === 'too-large') return refuse(413, `The form is too large: at most ${Math.round(maxBytes / 1024)} kB.`)
  if (body === 'too-slow') return refuse(408, 'The form took too long to arrive. Please send it again.')
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body)
  if (type === 'application/x-www-form-urlencoded') return { ok: true, fields: fromForm(text) }
  const fields = fromJson(text)
  return fields ? { ok: true, fields } : refuse(400, 'The JSON body must be one object whose values are text or lists of text.')
}
