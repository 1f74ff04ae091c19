import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { evidenceField } from '../fields/evidence'
import { slugField } from '../fields/slug'
import { viewOnSiteField } from '../fields/viewOnSite'
import { COMMUNITY_KINDS } from '../shared/options'
import { BOUNDARY_VERTEX_BUDGET, boundaryInputProblem } from '../lib/boundaryInput'
import { keepBoundaryAsGeometry } from '../hooks/keepBoundaryAsGeometry'
import { numberAnd, plainName, textAnd, wholeNumber } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { COMMUNITY_REFERENCES } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { POPULATION_GROUPS } from '../responses/reach'

export const Communities: CollectionConfig = {
  slug: 'communities',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'population', 'updatedAt'],
    listSearchableFields: ['name', 'summary'],
    group: 'Places',
    // The list shows names, kinds and populations: never load every boundary on the page.
    enableListViewSelectAPI: true,
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
    viewOnSiteField('community'),
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
    {
      name: 'profile',
      label: 'Who lives here',
      type: 'group',
      admin: {
        description:
          'Residents by age and other equality groups, from the census or a local survey. Admins compare consultation respondents with these figures to see who was not heard.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'text', maxLength: 200, validate: textAnd(plainName), admin: { description: 'Such as "Census 2021, parish profile".' } },
            { name: 'year', type: 'number', min: 1900, max: 2100, validate: numberAnd(wholeNumber) },
          ],
        },
        {
          name: 'groups',
          type: 'array',
          maxRows: POPULATION_GROUPS.length,
          labels: { singular: 'Group', plural: 'Groups' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'group', type: 'select', required: true, options: POPULATION_GROUPS.map((group) => ({ ...group })) },
                { name: 'people', type: 'number', required: true, min: 0, validate: numberAnd(wholeNumber) },
              ],
            },
          ],
        },
      ],
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
      // A plain textarea, not a code field: Payload's code editor is fetched from a CDN.
      type: 'textarea',
      admin: {
        rows: 6,
        description: `Optional. Paste GeoJSON as geojson.io, QGIS or the ONS boundary portal export it: a Polygon, MultiPolygon, Feature or FeatureCollection in longitude and latitude (WGS 84). Larger shapes are simplified to ${BOUNDARY_VERTEX_BUDGET.toLocaleString('en-GB')} points when saved.`,
        components: { afterInput: ['/components/boundary/BoundaryPreview#BoundaryPreview'] },
      },
      hooks: { beforeValidate: [keepBoundaryAsGeometry] },
      // Not textarea's own check, whose 40,000-character limit would refuse a detailed export before it is simplified.
      validate: (value: string | null | undefined) => (value ? boundaryInputProblem(value) : true),
    },
    evidenceField('Surveys, audits and counts about this community, whichever plan they were made for.'),
  ],
}
