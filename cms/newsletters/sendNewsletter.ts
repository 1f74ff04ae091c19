import type { Payload, PayloadRequest } from 'payload'

import { deliveryKey, type DeliveryStatus } from './NewsletterDeliveries'
import type { Newsletter, NewsletterDelivery } from '../payload-types'
import type { Sent } from '../email/adapter'
import { newsletterAudience } from './newsletterAudience'
import { newsletterContent } from './newsletterContent'
import { deliveryMessageId, personaliseNewsletter, renderNewsletter, type NewsletterTemplate } from './newsletterMail'

export const SEND_BATCH_SIZE = 200
/** Messages in flight at once; the SMTP pool keeps 5 connections open. Also the most a crash can leave ambiguous. */
export const SEND_PARALLELISM = 5
const MAX_TEMPORARY_ATTEMPTS = 5
/** How often a live sender marks its newsletter as still in progress. */
const HEARTBEAT_EVERY_MS = 5000
/** Newsletters in a row refused for good (5xx) before an address is marked bounced. */
export const BOUNCE_AFTER_PERMANENT_FAILURES = 3
const MINUTE = 60 * 1000
/** 1, 4, 16, 64 minutes after the first, second, third, fourth temporary failure. */
export const retryDelayMs = (attempts: number): number => MINUTE * 4 ** Math.max(0, attempts - 1)

export type SendProgress = { sent: number; failed: number; retrying: number; total: number }
export type SendResult = SendProgress & { done: boolean; retryAt?: Date }

type Claimed = Pick<NewsletterDelivery, 'id' | 'key' | 'email' | 'attempts' | 'subscriber'>
type SmtpError = { responseCode?: number; response?: string; message?: string }

const DELIVERIES = 'newsletter-deliveries' as const
const idOf = (value: number | string | { id: number | string } | null | undefined) => (value && typeof value === 'object' ? value.id : value)

/** One delivery record per confirmed recipient, made once: the unique key makes a second pass add only who is missing. */
export const queueDeliveries = async (payload: Payload, newsletter: Newsletter): Promise<number> => {
  const existing = await payload.find({
    collection: DELIVERIES,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { key: true },
    where: { newsletter: { equals: newsletter.id } },
  })
  const made = new Set(existing.docs.map((delivery) => delivery.key))
  const where = await newsletterAudience(payload, newsletter)
  let added = 0
  for (let page = 1; ; page += 1) {
    const subscribers = await payload.find({ collection: 'subscribers', depth: 0, limit: 1000, page, sort: 'id', select: { email: true }, where })
    await together(payload, async (req) => {
      for (const subscriber of subscribers.docs) {
        const key = deliveryKey(newsletter.id, subscriber.id)
        if (made.has(key)) continue
        await payload.db.create({
          collection: DELIVERIES,
          data: {
            key,
            newsletter: newsletter.id,
            subscriber: subscriber.id,
            email: subscriber.email,
            status: 'queued',
            attempts: 0,
            messageId: deliveryMessageId(key),
          },
          req,
          returning: false,
        })
        made.add(key)
        added += 1
      }
    })
    if (!subscribers.hasNextPage) return added
  }
}

const record = (payload: Payload, id: number | string, data: Partial<NewsletterDelivery>, req?: Partial<PayloadRequest>) =>
  payload.db.updateOne({ collection: DELIVERIES, id, data, returning: false, req })

/** Several writes as one commit where the database has transactions (one disk flush on SQLite), one by one where it has none. */
const together = async (payload: Payload, writes: (req: Partial<PayloadRequest>) => Promise<void>): Promise<void> => {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    await writes({ payload, transactionID })
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

const countFailedAddress = async (payload: Payload, subscriberId: number | string): Promise<boolean> => {
  const subscriber = await payload.findByID({ collection: 'subscribers', id: subscriberId, depth: 0, select: { permanentFailures: true }, disableErrors: true })
  if (!subscriber) return false
  const permanentFailures = (subscriber.permanentFailures ?? 0) + 1
  const bounced = permanentFailures >= BOUNCE_AFTER_PERMANENT_FAILURES
  await payload.db.updateOne({
    collection: 'subscribers',
    id: subscriberId,
    data: bounced ? { permanentFailures, status: 'bounced' } : { permanentFailures },
    returning: false,
  })
  return bounced
}

/** Sends one claimed delivery and records the outcome. The only ambiguous moment is between the server's "250" and the write after it. */
const deliver = async (payload: Payload, template: NewsletterTemplate, delivery: Claimed): Promise<DeliveryStatus | 'retrying'> => {
  const attempts = (delivery.attempts ?? 0) + 1
  const subscriberId = idOf(delivery.subscriber)
  if (!delivery.email || subscriberId === undefined || subscriberId === null) {
    await record(payload, delivery.id, { status: 'failed', attempts, smtpReply: 'The subscriber’s data was erased before sending.' })
    return 'failed'
  }
  try {
    const sent = (await payload.sendEmail({
      to: delivery.email,
      messageId: deliveryMessageId(delivery.key),
      ...personaliseNewsletter(template, subscriberId),
    })) as Sent
    await record(payload, delivery.id, {
      status: 'sent',
      attempts,
      sentAt: new Date().toISOString(),
      smtpReply: sent.response?.slice(0, 500),
      nextAttemptAt: null,
    })
    return 'sent'
  } catch (error) {
    const { responseCode, response, message } = error as SmtpError
    const smtpReply = (response ?? message ?? String(error)).slice(0, 500)
    if (responseCode !== undefined && responseCode >= 500) {
      const bounced = await countFailedAddress(payload, subscriberId)
      await record(payload, delivery.id, { status: bounced ? 'bounced' : 'failed', attempts, smtpReply, nextAttemptAt: null })
      return bounced ? 'bounced' : 'failed'
    }
    if (attempts >= MAX_TEMPORARY_ATTEMPTS) {
      await record(payload, delivery.id, { status: 'failed', attempts, smtpReply, nextAttemptAt: null })
      return 'failed'
    }
    await record(payload, delivery.id, { status: 'queued', attempts, smtpReply, nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)).toISOString() })
    return 'retrying'
  }
}

/** Runs `work` over items with at most `limit` at once. */
const inParallel = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

/**
 * Sends a newsletter to everyone still due, in batches. Exactly once per recipient rests on:
 * one sender per newsletter at a time (the job's exclusive concurrency key), one delivery record
 * per recipient (unique key), each batch claimed (`sending`) before any SMTP conversation and
 * each message recorded `sent` right after the server accepted it. A crash can only leave
 * claimed deliveries behind; a resumed run sends those again with the same Message-ID, so at
 * most SEND_PARALLELISM messages that were accepted but not yet recorded can arrive twice, and
 * they are recognisably the same mail.
 */
export const sendNewsletter = async (payload: Payload, newsletterId: number | string, onProgress?: (progress: SendProgress) => void): Promise<SendResult> => {
  const newsletter = await payload.findByID({ collection: 'newsletters', id: newsletterId, depth: 0 })
  const counts: SendProgress = { sent: 0, failed: 0, retrying: 0, total: 0 }
  // Drafts and newsletters waiting for an editor's approval are never sent.
  if (newsletter.status !== 'scheduled' && newsletter.status !== 'sending') return { ...counts, done: newsletter.status === 'sent' }
  if (newsletter.status === 'scheduled' && newsletter.scheduledFor && new Date(newsletter.scheduledFor) > new Date()) return { ...counts, done: false }
  await payload.db.updateOne({
    collection: 'newsletters',
    id: newsletter.id,
    data: { status: 'sending', sendProgressAt: new Date().toISOString() },
    returning: false,
  })
  const stopHeartbeat = startHeartbeat(payload, newsletter.id)
  let result: SendResult
  try {
    await queueDeliveries(payload, newsletter)
    counts.total = (await payload.count({ collection: DELIVERIES, where: { newsletter: { equals: newsletter.id } } })).totalDocs
    const template = await renderNewsletter(payload, await newsletterContent(payload, newsletter))
    result = await sendDue(payload, newsletter, template, counts, onProgress)
  } finally {
    await stopHeartbeat()
  }
  // Only with the heartbeat stopped: on FerretDB an update rewrites the whole document, so a beat
  // still in flight could put back "sending".
  if (result.done)
    await payload.db.updateOne({ collection: 'newsletters', id: newsletter.id, data: { status: 'sent', sentAt: new Date().toISOString() }, returning: false })
  return result
}

/**
 * Marks the newsletter as still in progress every few seconds while this sender lives, whatever
 * it is doing (queuing, finding, claiming, sending): a slow mail server or a busy database is
 * never mistaken for a dead sender, which releaseInterruptedNewsletterSends would hand to a
 * second one. Resolves the returned stop once no beat is in flight.
 */
const startHeartbeat = (payload: Payload, id: number | string): (() => Promise<void>) => {
  let beat: Promise<unknown> = Promise.resolve()
  let beating = false
  const timer = setInterval(() => {
    if (beating) return
    beating = true
    beat = payload.db
      .updateOne({ collection: 'newsletters', id, data: { sendProgressAt: new Date().toISOString() }, returning: false })
      .catch(() => undefined)
      .finally(() => (beating = false))
  }, HEARTBEAT_EVERY_MS)
  return async () => {
    clearInterval(timer)
    await beat
  }
}

/** The batches of a send, until nothing is due now; then either done, or the time of the next retry. */
const sendDue = async (
  payload: Payload,
  newsletter: Newsletter,
  template: NewsletterTemplate,
  counts: SendProgress,
  onProgress?: (progress: SendProgress) => void,
): Promise<SendResult> => {
  for (;;) {
    const due = await payload.find({
      collection: DELIVERIES,
      depth: 0,
      limit: SEND_BATCH_SIZE,
      pagination: false,
      sort: 'id',
      select: { key: true, email: true, attempts: true, subscriber: true, status: true },
      where: {
        and: [
          { newsletter: { equals: newsletter.id } },
          {
            or: [
              { status: { equals: 'sending' } },
              {
                and: [
                  { status: { equals: 'queued' } },
                  { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: new Date().toISOString() } }] },
                ],
              },
            ],
          },
        ],
      },
    })
    if (due.docs.length === 0) break
    await together(payload, async (req) => {
      for (const delivery of due.docs) if (delivery.status === 'queued') await record(payload, delivery.id, { status: 'sending' }, req)
    })
    const outcomes = await inParallel(due.docs, SEND_PARALLELISM, (delivery) => deliver(payload, template, delivery))
    for (const outcome of outcomes) {
      if (outcome === 'sent') counts.sent += 1
      else if (outcome === 'retrying') counts.retrying += 1
      else counts.failed += 1
    }
    await payload.db.updateOne({ collection: 'newsletters', id: newsletter.id, data: { sendProgressAt: new Date().toISOString() }, returning: false })
    onProgress?.({ ...counts })
  }

  const waiting = await payload.find({
    collection: DELIVERIES,
    depth: 0,
    limit: 1,
    sort: 'nextAttemptAt',
    select: { nextAttemptAt: true },
    where: { and: [{ newsletter: { equals: newsletter.id } }, { status: { equals: 'queued' } }] },
  })
  const retryAt = waiting.docs[0]?.nextAttemptAt
  if (retryAt) return { ...counts, done: false, retryAt: new Date(retryAt) }
  return { ...counts, done: true }
}
