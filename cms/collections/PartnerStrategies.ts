import type { CollectionConfig } from 'payload'

import { STRATEGY_KINDS } from '../shared/options'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { slugField } from '../fields/slug'
import { httpUrl, plainName, textAnd } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'

/**
 * Strategies are their own collection (not rows inside a partner) so that a plan action can
 * link to exactly the strategy it supports.
 */
export const PartnerStrategies: CollectionConfig = {
  slug: 'partner-strategies',
  labels: { singular: 'Partner’s plan', plural: 'Partners’ plans' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'partner', 'updatedAt'],
    description: 'The plans and strategies partners own, which community plans link their actions to.',
    group: 'Partners and influence',
  },
  // Partners' own plans are public record that every community's actions link to: editors keep them, as they keep partners.
  access: { read: anyone, create: isEditor, update: isEditor, delete: isAdmin },
  defaultSort: 'name',
  hooks: { afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange], afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, maxLength: 200, validate: textAnd(plainName) },
    slugField('name'),
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
