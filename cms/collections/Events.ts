import type { CollectionConfig, Validate } from 'payload'

import { membersNameAnOwner } from '../access/membersNameAnOwner'
import { ownedContentAccess, ownedContentOperations } from '../access/ownedContent'
import type { Ownership } from '../access/ownership'
import { ownerFields } from '../fields/owner'
import { slugField } from '../fields/slug'
import { EVENT_KINDS } from '../shared/events'
import { dateAnd, plainName, textAnd } from '../lib/validators'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { inNewslettersNotYetSent } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'

const ownership: Ownership = { communityField: 'community' }

const endsAfterStarts: Validate = (value, { siblingData }) => {
  const starts = (siblingData as { startsAt?: string | null }).startsAt
  if (!value || !starts) return true
  return new Date(value as string).getTime() > new Date(starts).getTime() || 'The end must be after the start.'
}

/**
 * Drop-ins, workshops, stalls and meetings with partners: where people who never fill in a web
 * form are heard. Paper and event responses can name the event they came from.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'community', 'cluster', '_status'],
    listSearchableFields: ['title', 'summary'],
    description: 'Drop-ins, workshops, stalls and meetings with partners, with the venue and how to get in.',
    group: 'Planning',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: '-startsAt',
  access: ownedContentAccess(ownership, { mayPublish: true, mayDelete: true }),
  hooks: {
    beforeOperation: ownedContentOperations(ownership),
    beforeChange: [membersNameAnOwner(ownership)],
    beforeDelete: [
      refuseDeleteWhileUsed('event', [
        { collection: 'responses', field: 'event', noun: ['response collected there', 'responses collected there'] },
        inNewslettersNotYetSent('content.events'),
      ]),
    ],
    afterChange: [queueSiteRebuildOnChange],
    afterDelete: [queueSiteRebuildOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, validate: textAnd(plainName) },
    slugField('title'),
    ...ownerFields(ownership, 'event', { defaultToMembersCommunity: true }),
    { name: 'kind', type: 'select', required: true, defaultValue: 'drop-in', options: EVENT_KINDS.map((kind) => ({ ...kind })) },
    { name: 'summary', type: 'textarea', required: true, maxLength: 1000, admin: { description: 'What happens there and who it is for, in plain words.' } },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: 'Starts', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'endsAt',
          label: 'Ends',
          type: 'date',
          required: true,
          validate: dateAnd(endsAfterStarts),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 160, validate: textAnd(plainName) },
        { name: 'address', type: 'textarea', maxLength: 400 },
        {
          name: 'access',
          label: 'Getting in and around',
          type: 'textarea',
          maxLength: 1000,
          admin: { description: 'Step-free access, toilets, hearing loop, parking, the nearest bus, quiet space: what someone needs to know before coming.' },
        },
      ],
    },
    {
      name: 'consultation',
      type: 'relationship',
      relationTo: 'consultations',
      index: true,
      admin: { description: 'The consultation this event collects answers for, if any.' },
    },
    { name: 'partners', label: 'Partners invited', type: 'relationship', relationTo: 'partners', hasMany: true },
  ],
}
