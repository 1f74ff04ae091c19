import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { signedInField } from '../access/fieldAccess'
import { slugField } from '../fields/slug'
import { viewOnSiteField } from '../fields/viewOnSite'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { CLUSTER_REFERENCES } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { plainName, textAnd } from '../lib/validators'

export const CLUSTER_SIZE = { min: 2, max: 17 } as const

export const Clusters: CollectionConfig = {
  slug: 'clusters',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'approach', 'members', 'updatedAt'],
    description: 'Groups of communities that plan together.',
    group: 'Places',
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isAdmin },
  defaultSort: 'name',
  hooks: {
    // Users and subscribers who follow it simply lose it; what it owns must move first.
    beforeDelete: [refuseDeleteWhileUsed('cluster', CLUSTER_REFERENCES)],
    afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange],
    afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, maxLength: 120, validate: textAnd(plainName) },
    slugField('name'),
    viewOnSiteField('cluster'),
    { name: 'summary', type: 'textarea', maxLength: 600 },
    {
      name: 'members',
      label: 'Member communities',
      type: 'relationship',
      relationTo: 'communities',
      hasMany: true,
      required: true,
      minRows: CLUSTER_SIZE.min,
      maxRows: CLUSTER_SIZE.max,
      admin: { description: `From ${CLUSTER_SIZE.min} to ${CLUSTER_SIZE.max} communities.` },
    },
    {
      name: 'membership',
      label: 'Membership dates',
      type: 'array',
      labels: { singular: 'Membership', plural: 'Memberships' },
      admin: {
        initCollapsed: true,
        description:
          'When a community joined or left, so each year’s report counts that year’s members. A member with no dates here counts in every year; a community that left stays listed here.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'community', type: 'relationship', relationTo: 'communities', required: true },
            { name: 'joined', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'left', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    {
      name: 'approach',
      type: 'radio',
      required: true,
      defaultValue: 'joint-plan',
      options: [
        { label: 'One joint plan for the whole cluster', value: 'joint-plan' },
        { label: 'Each community has its own plan, feeding an area plan', value: 'area-plan' },
      ],
    },
    {
      name: 'coordinator',
      type: 'group',
      admin: { description: 'The person who keeps the cluster working together.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120 },
            { name: 'email', type: 'email', access: { read: signedInField } },
          ],
        },
      ],
    },
  ],
}
