import nodemailer from 'nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { readSiteName } from '../lib/siteSettings'
import { mailSender, settings } from '../settings'
import { DEFAULT_SITE_SETTINGS } from '../shared/siteSettings'

/** `response` is the mail server's final reply (e.g. "250 OK queued"), kept on newsletter deliveries. */
export type Sent = { messageId: string; accepted: string[]; response: string }

type AddressValue = string | { name?: string; address: string } | ReadonlyArray<AddressValue> | undefined

/** "Name <address>, address" as a mail program would show the header. */
const addressesOf = (value: AddressValue): string => {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if ('address' in value) return value.name ? `${value.name} <${value.address}>` : value.address
  return value.map(addressesOf).join(', ')
}

const textOf = (value: SendEmailOptions['text']): string | undefined => (typeof value === 'string' ? value : undefined)

/** Real delivery through a pooled SMTP connection (SMTP_URL, e.g. smtp://user:pass@relay:587). */
const smtpSender = (url: string) => {
  const transport = nodemailer.createTransport({ url, pool: true, maxConnections: 5 })
  return async (message: SendEmailOptions): Promise<Sent> => {
    const info = await transport.sendMail(message)
    return { messageId: info.messageId, accepted: info.accepted.map(String), response: info.response }
  }
}

/** No mail server: compose the message exactly as it would be sent and keep it in the outbox. */
const outboxSender = (payload: Payload) => {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return async (message: SendEmailOptions): Promise<Sent> => {
    const info = await transport.sendMail(message)
    const raw = Buffer.isBuffer(info.message) ? info.message.toString('utf8') : ''
    await payload.create({
      collection: 'outbox',
      overrideAccess: true,
      data: {
        to: addressesOf(message.to as AddressValue),
        from: addressesOf(message.from as AddressValue),
        subject: message.subject,
        text: textOf(message.text),
        html: textOf(message.html),
        headers: message.headers && !Array.isArray(message.headers) ? (message.headers as Record<string, string>) : undefined,
        raw,
      },
    })
    return { messageId: info.messageId, accepted: [addressesOf(message.to as AddressValue)], response: 'Kept in the outbox (no SMTP_URL set)' }
  }
}

/** Payload's mail transport: SMTP when SMTP_URL is set, the captured outbox otherwise. */
export const emailAdapter =
  (): EmailAdapter<Sent> =>
  ({ payload }) => {
    const sender = mailSender()
    const smtpUrl = settings().SMTP_URL
    const send = smtpUrl ? smtpSender(smtpUrl) : outboxSender(payload)
    return {
      name: smtpUrl ? 'smtp' : 'outbox',
      defaultFromAddress: sender.address,
      // Payload's own mails (password reset) read these; ours leave `from` unset and get the site's name at send time.
      defaultFromName: sender.name ?? DEFAULT_SITE_SETTINGS.name,
      sendEmail: async (message) => send({ ...message, from: message.from ?? { name: sender.name ?? (await readSiteName(payload)), address: sender.address } }),
    }
  }
