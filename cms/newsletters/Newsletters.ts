import type { CollectionConfig, Validate } from 'payload'

import { createNewsletter, deleteNewsletter, readNewsletters, statusUntilSent, updateNewsletter } from '../access/newsletterAccess'
import { actorOf, hasRole, idsOf } from '../access/roles'
import { newsletterPreviewEndpoints } from './newsletterPreview'
import { newsletterSendEndpoints } from './newsletterSendEndpoints'
import { queueNewsletterSendWhenScheduled } from './queueNewsletterSend'
import { richTextWithinLimits } from '../lib/richTextLimits'
import { dateAnd, plainName, relationshipAnd, textAnd } from '../lib/validators'
import { ACHIEVEMENT_WHERE } from '../shared/publicContent'

export const NEWSLETTER_STATUSES = [
  { label: 'Draft', value: 'draft' },
  { label: 'Waiting for an editor to send', value: 'approval' },
  { label: 'Scheduled', value: 'scheduled' },
  { label: 'Sending', value: 'sending' },
  { label: 'Sent', value: 'sent' },
] as const

const audienceChosen = (kind: 'communities' | 'cluster', message: string): Validate =>
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
    description:
      'Celebrate results with every household that asked to hear. Save, then press Send (or schedule a time). Partnership members write to their own communities’ followers; an editor sends it.',
    group: 'Newsletters',
  },
  access: { read: readNewsletters, create: createNewsletter, update: updateNewsletter, delete: deleteNewsletter },
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: 150, validate: textAnd(plainName) },
    { name: 'intro', type: 'textarea', maxLength: 1000, admin: { description: 'A short, warm opening shown above the items.' } },
    { name: 'body', type: 'richText', validate: richTextWithinLimits },
    {
      name: 'content',
      label: 'What to include',
      type: 'group',
      fields: [
        {
          name: 'mode',
          label: 'Items',
          type: 'radio',
          required: true,
          defaultValue: 'picked',
          options: [
            { label: 'The items I pick below', value: 'picked' },
            { label: 'A digest of everything published since the last newsletter went out', value: 'digest' },
          ],
        },
        {
          name: 'consultations',
          label: 'Open consultations',
          type: 'relationship',
          relationTo: 'consultations',
          hasMany: true,
          filterOptions: { _status: { equals: 'published' } },
          admin: { condition: (_data, siblingData) => siblingData?.mode !== 'digest' },
        },
        {
          name: 'events',
          label: 'Events coming up',
          type: 'relationship',
          relationTo: 'events',
          hasMany: true,
          filterOptions: { _status: { equals: 'published' } },
          admin: {
            condition: (_data, siblingData) => siblingData?.mode !== 'digest',
            description: 'A digest carries every published event in the next six weeks by itself.',
          },
        },
        {
          name: 'achievements',
          label: 'Celebrated achievements',
          type: 'relationship',
          relationTo: 'influence-logs',
          hasMany: true,
          filterOptions: { and: [{ _status: { equals: 'published' } }, ACHIEVEMENT_WHERE] },
          admin: { condition: (_data, siblingData) => siblingData?.mode !== 'digest' },
        },
        {
          name: 'plans',
          label: 'Plan updates',
          type: 'relationship',
          relationTo: 'plans',
          hasMany: true,
          filterOptions: { _status: { equals: 'published' } },
          admin: { condition: (_data, siblingData) => siblingData?.mode !== 'digest' },
        },
      ],
    },
    {
      name: 'audience',
      type: 'group',
      fields: [
        {
          name: 'kind',
          label: 'Send to',
          type: 'radio',
          required: true,
          // A member writes to their own communities' followers, never to everyone.
          defaultValue: ({ user }: { user?: { role?: string | null } | null }) => (user?.role === 'member' ? 'communities' : 'everyone'),
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
          defaultValue: ({ user }: { user?: { role?: string | null; communities?: Array<number | string | { id: number | string }> | null } | null }) =>
            user?.role === 'member' ? idsOf(user.communities) : undefined,
          filterOptions: ({ req }) => {
            const actor = actorOf(req)
            return actor && !hasRole(actor, 'admin', 'editor') ? { id: { in: idsOf(actor.communities) } } : true
          },
          validate: audienceChosen('communities', 'Choose at least one community.'),
          admin: { condition: (_data, siblingData) => siblingData?.kind === 'communities' },
        },
        {
          name: 'cluster',
          type: 'relationship',
          relationTo: 'clusters',
          filterOptions: ({ req }) => {
            const actor = actorOf(req)
            return actor && !hasRole(actor, 'admin', 'editor') ? { id: { in: idsOf(actor.clusters) } } : true
          },
          validate: audienceChosen('cluster', 'Choose the cluster.'),
          admin: { condition: (_data, siblingData) => siblingData?.kind === 'cluster' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: NEWSLETTER_STATUSES.map((status) => ({ ...status })),
          access: { update: statusUntilSent },
          admin: { description: 'The Send button sets this; once sending starts, only the sender changes it.' },
        },
        { name: 'scheduledFor', type: 'date', validate: dateAnd(scheduledNeedsTime), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'sentAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      name: 'sendProgressAt',
      type: 'date',
      // Internal: lets a resumed send tell a dead sender from a slow one. Nobody needs to see it.
      admin: { hidden: true },
    },
    {
      name: 'send',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/newsletters/NewsletterSendButton#NewsletterSendButton' } },
    },
    {
      name: 'previewAndTest',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/newsletters/NewsletterPreviewActions#NewsletterPreviewActions' } },
    },
  ],
  hooks: { afterChange: [queueNewsletterSendWhenScheduled] },
  endpoints: [...newsletterSendEndpoints, ...newsletterPreviewEndpoints],
}
