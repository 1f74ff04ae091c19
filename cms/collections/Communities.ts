import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { slugField } from '../fields/slug'
import { COMMUNITY_KINDS } from '../shared/options'
import { boundaryTextProblem } from '../lib/geojson'
import { codeAnd, numberAnd, plainName, textAnd, wholeNumber } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { COMMUNITY_REFERENCES } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'

export const Communities: CollectionConfig = {
  slug: 'communities',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'population', 'updatedAt'],
    listSearchableFields: ['name', 'summary'],
    group: 'Places',
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isAdmin },
  defaultSort: 'name',
  hooks: {
    // Users and subscribers who follow it simply lose it; what it owns must move first.
    beforeDelete: [refuseDeleteWhileUsed('community', COMMUNITY_REFERENCES)],
    afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange],
    afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, maxLength: 120, validate: textAnd(plainName) },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: COMMUNITY_KINDS.map((kind) => ({ ...kind })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 600,
      admin: { description: 'Two or three plain sentences about the place, shown on its page and in search results.' },
    },
    {
      name: 'population',
      type: 'number',
      min: 0,
      max: 10_000_000,
      admin: { position: 'sidebar', step: 1, description: 'Optional. Usual residents at the last census.' },
      validate: numberAnd(wholeNumber),
    },
    { name: 'heroImage', label: 'Main image', type: 'upload', relationTo: 'media' },
    {
      name: 'contact',
      type: 'group',
      admin: { description: 'How residents reach the community partnership. Shown publicly.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120, admin: { description: 'A group or role, such as "Parish clerk".' } },
            { name: 'email', type: 'email' },
          ],
        },
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
    {
      name: 'boundary',
      // Kept as GeoJSON text, not a JSON value: coordinates are arrays inside arrays, which
      // FerretDB (our MongoDB test server) cannot store; text is stored alike everywhere.
      type: 'code',
      admin: { language: 'json', description: 'Optional. A GeoJSON Polygon or MultiPolygon, longitude first, as exported by most mapping tools.' },
      validate: codeAnd((value) => (value ? (boundaryTextProblem(String(value)) ?? true) : true)),
    },
  ],
}
