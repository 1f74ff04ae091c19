import type { Payload } from 'payload'

/** Everything Folkmoot holds about one subscriber, as they could ask for it (right of access). */
export const exportSubscriberData = async (payload: Payload, id: number | string) => {
  const subscriber = await payload.findByID({
    collection: 'subscribers',
    id,
    depth: 1,
    select: {
      email: true,
      status: true,
      communities: true,
      clusters: true,
      consent: true,
      confirmedAt: true,
      unsubscribedAt: true,
      permanentFailures: true,
      createdAt: true,
      updatedAt: true,
    },
  })
  const [deliveries, mails] = await Promise.all([
    payload.find({
      collection: 'newsletter-deliveries',
      depth: 1,
      pagination: false,
      limit: 0,
      where: { subscriber: { equals: id } },
      select: { newsletter: true, status: true, attempts: true, sentAt: true, smtpReply: true, messageId: true },
    }),
    payload.find({
      collection: 'outbox',
      depth: 0,
      pagination: false,
      limit: 0,
      where: { to: { equals: subscriber.email } },
      select: { subject: true, createdAt: true },
    }),
  ])
  const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? (value as { name: string }).name : value)
  return {
    exportedAt: new Date().toISOString(),
    subscriber: { ...subscriber, communities: (subscriber.communities ?? []).map(nameOf), clusters: (subscriber.clusters ?? []).map(nameOf) },
    newsletters: deliveries.docs.map(({ newsletter, ...delivery }) => ({
      subject: newsletter && typeof newsletter === 'object' ? newsletter.subject : undefined,
      ...delivery,
    })),
    capturedMails: mails.docs,
  }
}

/**
 * Right to erasure: the subscriber goes, their delivery records keep only the anonymous facts
 * (which newsletter, sent or not) and lose the address, the link to the person and the server's
 * reply, and mail captured for their address is deleted.
 */
export const eraseSubscriberData = async (payload: Payload, id: number | string): Promise<{ deliveries: number; mails: number }> => {
  const subscriber = await payload.findByID({ collection: 'subscribers', id, depth: 0, select: { email: true } })
  const deliveries = await payload.update({
    collection: 'newsletter-deliveries',
    depth: 0,
    where: { subscriber: { equals: id } },
    data: { email: null, subscriber: null, smtpReply: null },
  })
  const mails = await payload.delete({ collection: 'outbox', depth: 0, where: { to: { equals: subscriber.email } } })
  await payload.delete({ collection: 'subscribers', id, depth: 0 })
  return { deliveries: deliveries.docs.length, mails: mails.docs.length }
}
