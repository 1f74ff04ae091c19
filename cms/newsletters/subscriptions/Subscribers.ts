import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { subscriberDataEndpoints } from './subscriberDataEndpoints'
import { normaliseEmail } from '../../lib/email'
import { emailAnd, notTaken } from '../../lib/validators'

export const SUBSCRIBER_STATUSES = [
  { label: 'Waiting for confirmation', value: 'pending' },
  { label: 'Confirmed', value: 'confirmed' },
  { label: 'Unsubscribed', value: 'unsubscribed' },
  { label: 'Bounced (mail kept being refused)', value: 'bounced' },
] as const

export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]['value']

export const CONSENT_SOURCES = [
  { label: 'Sign-up form on the website', value: 'website' },
  { label: 'Paper form', value: 'paper' },
  { label: 'At an event', value: 'event' },
] as const

/** People who receive newsletters. No account, no password: personal data, staff only. */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  // Consent is given by a person, once: a copy would be a subscription nobody gave.
  disableDuplicate: true,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'communities', 'createdAt'],
    listSearchableFields: ['email'],
    group: 'Newsletters',
    enableListViewSelectAPI: true,
  },
  // The list filtered by status, newest first; also serves the status filter alone.
  indexes: [{ fields: ['status', 'createdAt'] }],
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isAdmin },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [({ value }: { value?: unknown }) => (typeof value === 'string' ? normaliseEmail(value) : value)] },
      validate: emailAnd(notTaken('email', 'This address is already subscribed.')),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: SUBSCRIBER_STATUSES.map((status) => ({ ...status })),
      admin: { position: 'sidebar' },
    },
    { name: 'communities', label: 'Communities followed', type: 'relationship', relationTo: 'communities', hasMany: true },
    { name: 'clusters', label: 'Clusters followed', type: 'relationship', relationTo: 'clusters', hasMany: true },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'The record of what the person agreed to, when and how.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'givenAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'source', type: 'select', required: true, options: CONSENT_SOURCES.map((source) => ({ ...source })) },
            { name: 'wordingVersion', type: 'text', required: true, maxLength: 40, admin: { description: 'Which version of the sign-up wording they saw.' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
        { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      name: 'permanentFailures',
      type: 'number',
      defaultValue: 0,
      admin: { readOnly: true, position: 'sidebar', description: 'Newsletters in a row the mail server refused for good; at 3 the address is marked bounced.' },
    },
    {
      name: 'dataActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/newsletters/subscriptions/SubscriberDataActions#SubscriberDataActions' } },
    },
  ],
  endpoints: subscriberDataEndpoints,
}
