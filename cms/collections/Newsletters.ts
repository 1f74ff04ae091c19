import type { CollectionConfig, Validate } from 'payload'

import { isEditor } from '../access/isEditor'
import { dateAnd, relationshipAnd } from '../lib/validators'

export const NEWSLETTER_STATUSES = [
  { label: 'Draft', value: 'draft' },
  { label: 'Scheduled', value: 'scheduled' },
  { label: 'Sending', value: 'sending' },
  { label: 'Sent', value: 'sent' },
] as const

const audienceChosen =
  (kind: 'communities' | 'cluster', message: string): Validate =>
  relationshipAnd((value, { siblingData }) => {
    const chosen = Array.isArray(value) ? value.length > 0 : Boolean(value)
    return (siblingData as { kind?: string }).kind !== kind || chosen || message
  })

const scheduledNeedsTime: Validate = (value, { data }) =>
  (data as { status?: string }).status !== 'scheduled' || Boolean(value) || 'Choose when a scheduled newsletter goes out.'

export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'scheduledFor', 'sentAt'],
    description: 'Celebrate results with every household that asked to hear.',
    group: 'Newsletters',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: 150 },
    { name: 'intro', type: 'textarea', maxLength: 1000, admin: { description: 'A short, warm opening shown above the items.' } },
    { name: 'body', type: 'richText' },
    {
      name: 'audience',
      type: 'group',
      fields: [
        {
          name: 'kind',
          label: 'Send to',
          type: 'radio',
          required: true,
          defaultValue: 'everyone',
          options: [
            { label: 'Everyone subscribed', value: 'everyone' },
            { label: 'Followers of chosen communities', value: 'communities' },
            { label: 'Followers of a cluster and its communities', value: 'cluster' },
          ],
        },
        {
          name: 'communities',
          type: 'relationship',
          relationTo: 'communities',
          hasMany: true,
          validate: audienceChosen('communities', 'Choose at least one community.'),
          admin: { condition: (_data, siblingData) => siblingData?.kind === 'communities' },
        },
        {
          name: 'cluster',
          type: 'relationship',
          relationTo: 'clusters',
          validate: audienceChosen('cluster', 'Choose the cluster.'),
          admin: { condition: (_data, siblingData) => siblingData?.kind === 'cluster' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'draft', index: true, options: NEWSLETTER_STATUSES.map((status) => ({ ...status })) },
        { name: 'scheduledFor', type: 'date', validate: dateAnd(scheduledNeedsTime), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'sentAt', type: 'date', admin: { readOnly: true } },
      ],
    },
  ],
}
