import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

export type SmtpSink = {
  /** Give this to the app as SMTP_URL. */
  url: string
  messages: ParsedMail[]
  /** Resolves once at least `count` messages have arrived (rejects after timeoutMs). */
  waitForMessages: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>
  stop: () => Promise<void>
}

/** A real SMTP server on a free loopback port that keeps every message it accepts, parsed. */
export const startSmtpSink = async (options: Pick<SMTPServerOptions, 'onRcptTo'> & { onMessage?: (mail: ParsedMail) => void } = {}): Promise<SmtpSink> => {
  const { onMessage, ...serverOptions } = options
  const messages: ParsedMail[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Pooled clients keep idle connections open; stop() should not wait the default 30 s for them.
    closeTimeout: 500,
    ...serverOptions,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          for (const wake of waiters) wake()
          // Runs after the message is kept and before the client hears "250": a test can crash the sender here.
          onMessage?.(mail)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  // A client that dies mid-conversation (a crash test kills one) resets its connection; that is not a sink failure.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  const waitForMessages = (count: number, timeoutMs = 20_000) =>
    new Promise<ParsedMail[]>((resolve, reject) => {
      const check = () => {
        if (messages.length < count) return
        waiters.delete(check)
        clearTimeout(timer)
        resolve(messages)
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`Expected ${count} messages, got ${messages.length} within ${timeoutMs} ms`))
      }, timeoutMs)
      waiters.add(check)
      check()
    })

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
