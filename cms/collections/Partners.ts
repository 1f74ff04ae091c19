import type { CollectionConfig } from 'payload'

import { PARTNER_KINDS } from '../shared/options'
import { anyone } from '../access/anyone'
import { signedInField } from '../access/fieldAccess'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { slugField } from '../fields/slug'
import { httpUrl, plainName, textAnd } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'

export const Partners: CollectionConfig = {
  slug: 'partners',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'updatedAt'],
    description: 'Public bodies and organisations that communities work with and influence.',
    group: 'Partners and influence',
  },
  // Editors only: the contact's email is where a log's confirmation link goes, so whoever could
  // set it could confirm their own entries. Members pick from the partners editors keep.
  access: { read: anyone, create: isEditor, update: isEditor, delete: isAdmin },
  defaultSort: 'name',
  hooks: {
    beforeDelete: [
      refuseDeleteWhileUsed('partner', [
        { collection: 'partner-strategies', field: 'partner', noun: ['strategy', 'strategies'] },
        { collection: 'influence-logs', field: 'partner', noun: ['influence log', 'influence logs'] },
      ]),
    ],
    afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange],
    afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, maxLength: 160, validate: textAnd(plainName) },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: PARTNER_KINDS.map((kind) => ({ ...kind })),
      admin: { position: 'sidebar' },
    },
    { name: 'website', type: 'text', maxLength: 300, validate: textAnd(httpUrl) },
    {
      name: 'contact',
      type: 'group',
      access: { read: signedInField },
      admin: { description: 'The officer who confirms influence entries. Never shown publicly.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120 },
            { name: 'email', type: 'email' },
          ],
        },
      ],
    },
  ],
}
