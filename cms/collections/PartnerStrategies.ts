import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isSignedIn } from '../access/isSignedIn'
import { httpUrl, plainName, textAnd } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'

export const STRATEGY_KINDS = [
  { label: 'Local Development Plan', value: 'local-development-plan' },
  { label: 'Locality Plan', value: 'locality-plan' },
  { label: 'Local Transport Plan', value: 'local-transport-plan' },
  { label: 'Health and Wellbeing Strategy', value: 'health-wellbeing-strategy' },
  { label: 'Housing Strategy', value: 'housing-strategy' },
  { label: 'Network development plan (energy)', value: 'network-development-plan' },
  { label: 'Community Safety Plan', value: 'community-safety-plan' },
  { label: 'Other', value: 'other' },
] as const

/**
 * Strategies are their own collection (not rows inside a partner) so that a plan action can
 * link to exactly the strategy it supports.
 */
export const PartnerStrategies: CollectionConfig = {
  slug: 'partner-strategies',
  labels: { singular: 'Partner strategy', plural: 'Partner strategies' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'partner', 'updatedAt'],
    description: 'The plans and strategies partners own, which community plans link their actions to.',
    group: 'Places',
  },
  access: { read: anyone, create: isSignedIn, update: isSignedIn, delete: isAdmin },
  defaultSort: 'name',
  hooks: { afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange], afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, maxLength: 200, validate: textAnd(plainName) },
    {
      type: 'row',
      fields: [
        { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, index: true },
        { name: 'kind', type: 'select', required: true, options: STRATEGY_KINDS.map((kind) => ({ ...kind })) },
      ],
    },
    { name: 'url', label: 'Web address', type: 'text', maxLength: 300, validate: textAnd(httpUrl) },
    { name: 'summary', type: 'textarea', maxLength: 600 },
  ],
}
