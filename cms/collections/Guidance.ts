import type { Access, CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { actorOf, hasRole } from '../access/roles'
import { slugField } from '../fields/slug'
import { viewOnSiteField } from '../fields/viewOnSite'
import { draftPreviewEndpoint } from '../export/draftPreview'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { richTextWithinLimits } from '../lib/richTextLimits'
import { plainName, textAnd } from '../lib/validators'
import { rowLabelFrom } from '../fields/rowLabel'
import { AUDIENCES } from '../shared/options'

const publishedOrEditor: Access = ({ req }) => hasRole(actorOf(req), 'admin', 'editor') || { _status: { equals: 'published' } }

export const Guidance: CollectionConfig = {
  slug: 'guidance',
  labels: { singular: 'Guidance toolkit', plural: 'Guidance' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'topics', '_status', 'updatedAt'],
    description: 'Step-by-step toolkits: how to run a survey, write a plan, influence a council.',
    group: 'Guidance and files',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [draftPreviewEndpoint('guidance')],
  access: { read: publishedOrEditor, readVersions: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange], afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, validate: textAnd(plainName) },
    slugField('title'),
    viewOnSiteField('toolkit', true),
    { name: 'summary', type: 'textarea', required: true, maxLength: 600 },
    {
      type: 'row',
      fields: [
        { name: 'audience', type: 'select', hasMany: true, required: true, options: AUDIENCES.map((audience) => ({ ...audience })) },
        {
          name: 'topics',
          type: 'text',
          hasMany: true,
          maxRows: 12,
          admin: { description: 'Short words people might search for, such as "survey" or "funding".' },
        },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      required: true,
      labels: { singular: 'Step', plural: 'Steps' },
      admin: { components: { RowLabel: rowLabelFrom('heading', 'Step') }, description: 'In the order people should follow them.' },
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 160, validate: textAnd(plainName) },
        { name: 'body', type: 'richText', required: true, validate: richTextWithinLimits },
        {
          name: 'checklist',
          type: 'array',
          labels: { singular: 'Checklist item', plural: 'Checklist' },
          admin: { components: { RowLabel: rowLabelFrom('item', 'Checklist item') } },
          fields: [{ name: 'item', type: 'text', required: true, maxLength: 300 }],
        },
        { name: 'downloads', type: 'upload', relationTo: 'media', hasMany: true, admin: { description: 'Templates and forms to download for this step.' } },
      ],
    },
  ],
}
