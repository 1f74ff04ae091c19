import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'

export const DELIVERY_STATUSES = [
  { label: 'Queued', value: 'queued' },
  { label: 'Sending (claimed by a sender)', value: 'sending' },
  { label: 'Sent', value: 'sent' },
  { label: 'Failed', value: 'failed' },
  { label: 'Bounced', value: 'bounced' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

/** The one key a newsletter and a recipient share: unique, so a delivery can never be made twice. */
export const deliveryKey = (newsletterId: number | string, subscriberId: number | string): string => `${newsletterId}:${subscriberId}`

/**
 * One record per newsletter and recipient, written only by the sender. Its status moves
 * queued -> sending (claimed, before the SMTP conversation) -> sent (after the server accepted),
 * or back to queued with a later `nextAttemptAt` after a temporary failure.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  disableDuplicate: true,
  labels: { singular: 'Newsletter mail', plural: 'Newsletter mail sent' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'newsletter', 'status', 'attempts', 'sentAt'],
    listSearchableFields: ['email'],
    description: 'One line per newsletter and recipient: whether it went, and what the mail server said.',
    group: 'Newsletters',
    enableListViewSelectAPI: true,
  },
  defaultSort: '-updatedAt',
  // One newsletter's mail in the list's order; also serves the sender's lookups by newsletter.
  indexes: [{ fields: ['newsletter', 'updatedAt'] }],
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    // newsletter:subscriber, for the sender's uniqueness only: nothing a person reads.
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', required: true, admin: { readOnly: true } },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      admin: { readOnly: true, description: 'Empty once the subscriber’s data was erased.' },
    },
    { name: 'email', type: 'text', admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: DELIVERY_STATUSES.map((status) => ({ ...status })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    { name: 'nextAttemptAt', type: 'date', index: true, admin: { readOnly: true } },
    {
      name: 'messageId',
      label: 'Message-ID',
      type: 'text',
      admin: { readOnly: true, description: 'The same for every attempt, so a resend is recognisable.' },
    },
    { name: 'smtpReply', label: 'Mail server reply', type: 'text', admin: { readOnly: true } },
    { name: 'sentAt', type: 'date', admin: { readOnly: true } },
  ],
}
