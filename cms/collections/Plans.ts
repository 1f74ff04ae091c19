import type { CollectionConfig, Validate } from 'payload'

import { membersNameAnOwner } from '../access/membersNameAnOwner'
import { ownedContentAccess, ownedContentOperations } from '../access/ownedContent'
import type { Ownership } from '../access/ownership'
import { ownerFields } from '../fields/owner'
import { evidenceField } from '../fields/evidence'
import { slugField } from '../fields/slug'
import { viewOnSiteField } from '../fields/viewOnSite'
import { draftPreviewEndpoint } from '../export/draftPreview'
import { themeField } from '../fields/themes'
import { ACTION_STATUSES, PLAN_KINDS, PLAN_STANDINGS, THEMES } from '../shared/options'
import { richTextWithinLimits } from '../lib/richTextLimits'
import { dateAnd, numberAnd, plainName, relationshipAnd, selectAnd, textAnd, wholeNumber } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { followedUpIn, inNewslettersNotYetSent } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { rowLabelFrom } from '../fields/rowLabel'
import { planReachEndpoint } from '../responses/reachEndpoints'

const ownership: Ownership = { communityField: 'community' }

const yearField = { type: 'number', required: true, min: 2000, max: 2100 } as const

const endNotBeforeStart: Validate = (value, { siblingData }) => {
  const start = (siblingData as { startYear?: number }).startYear
  if (typeof value === 'number' && typeof start === 'number' && value < start) return 'The last year cannot be before the first year.'
  return true
}

const themeAmongPriorities: Validate = (value, { data }) => {
  const priorities = (data as { priorities?: Array<{ theme?: string }> }).priorities ?? []
  if (!value || priorities.some((priority) => priority.theme === value)) return true
  return 'Choose one of the plan’s priority themes, or add this theme to its priorities first.'
}

const progressMatchesStatus: Validate = (value, { siblingData }) => {
  const status = (siblingData as { status?: string }).status
  if (typeof value !== 'number') return true
  if (!Number.isInteger(value) || value < 0 || value > 100) return 'Progress is a whole number from 0 to 100.'
  if (status === 'done' && value !== 100) return 'A done action is 100% complete.'
  if (status === 'not-started' && value !== 0) return 'An action that has not started is at 0%.'
  return true
}

const STANDINGS_WITH_A_PARTNER = ['submitted', 'registered']

const partnerNamedWhenSubmitted: Validate = (value, { siblingData }) => {
  const standing = (siblingData as { standing?: string }).standing
  if (standing && STANDINGS_WITH_A_PARTNER.includes(standing) && !value) return 'Name the partner the plan was submitted to or registered with.'
  return true
}

const notInFuture: Validate = (value) =>
  !value || new Date(value as string).getTime() <= Date.now() + 24 * 60 * 60 * 1000 || 'Record what has happened: the date cannot be in the future.'

export const Plans: CollectionConfig = {
  slug: 'plans',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'community', 'cluster', 'period', '_status', 'updatedAt'],
    listSearchableFields: ['title'],
    description: 'Community-led plans: the vision, priorities and the actions that carry them out.',
    group: 'Plans and consultations',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [draftPreviewEndpoint('plans'), planReachEndpoint],
  access: ownedContentAccess(ownership, { mayPublish: false, mayDelete: false }),
  hooks: {
    beforeOperation: ownedContentOperations(ownership),
    beforeChange: [membersNameAnOwner(ownership)],
    beforeDelete: [
      refuseDeleteWhileUsed('plan', [
        followedUpIn('plans'),
        inNewslettersNotYetSent('content.plans'),
        { collection: 'plans', field: 'supersededBy', noun: ['plan it replaces', 'plans it replaces'] },
      ]),
    ],
    afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange],
    afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, index: true, maxLength: 160, validate: textAnd(plainName) },
    slugField('title'),
    viewOnSiteField('plan', true),
    ...ownerFields(ownership, 'plan'),
    {
      name: 'period',
      type: 'group',
      admin: { description: 'The years the plan covers.' },
      fields: [
        {
          type: 'row',
          fields: [
            { ...yearField, name: 'startYear', label: 'First year', validate: numberAnd(wholeNumber) },
            { ...yearField, name: 'endYear', label: 'Last year', validate: numberAnd(wholeNumber, endNotBeforeStart) },
          ],
        },
      ],
    },
    {
      name: 'supersededBy',
      label: 'Replaced by',
      type: 'relationship',
      relationTo: 'plans',
      admin: { position: 'sidebar', description: 'Set when a newer plan replaces this one. The old plan stays readable, marked as replaced.' },
      validate: relationshipAnd(
        (value, { id }) =>
          value === null ||
          value === undefined ||
          String(typeof value === 'object' ? (value as { id: unknown }).id : value) !== String(id) ||
          'A plan cannot replace itself.',
      ),
    },
    {
      name: 'kind',
      label: 'Kind of plan',
      type: 'select',
      // Not `required`: the default fills it, and plans saved before it existed read as the default.
      defaultValue: 'community-action-plan',
      options: PLAN_KINDS.map((kind) => ({ ...kind })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'standing',
      type: 'select',
      defaultValue: 'adopted',
      options: PLAN_STANDINGS.map((standing) => ({ ...standing })),
      admin: { position: 'sidebar', description: 'Where the plan stands now: a draft people may comment on, adopted, submitted or registered, under review.' },
    },
    {
      name: 'standingPartner',
      label: 'Submitted to or registered with',
      type: 'relationship',
      relationTo: 'partners',
      validate: relationshipAnd(partnerNamedWhenSubmitted),
      admin: {
        position: 'sidebar',
        condition: (_, siblingData) => STANDINGS_WITH_A_PARTNER.includes(String((siblingData as { standing?: string }).standing)),
      },
    },
    {
      name: 'lastReviewed',
      label: 'Last reviewed',
      type: 'date',
      validate: dateAnd(notInFuture),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'reviewDate',
      label: 'Next review',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' },
        description: 'When the community means to review the plan next.',
      },
    },
    {
      name: 'feedsPlan',
      label: 'Feeds the area plan',
      type: 'relationship',
      relationTo: 'plans',
      admin: { position: 'sidebar', description: 'In an area-plan cluster: the cluster’s area plan this community plan feeds.' },
      validate: relationshipAnd(
        (value, { id }) =>
          value === null ||
          value === undefined ||
          String(typeof value === 'object' ? (value as { id: unknown }).id : value) !== String(id) ||
          'A plan cannot feed itself.',
      ),
    },
    {
      name: 'vision',
      type: 'richText',
      validate: richTextWithinLimits,
      admin: { description: 'What the community wants the place to be like at the end of the plan.' },
    },
    {
      name: 'priorities',
      type: 'array',
      minRows: 1,
      // One per theme at most; the search document spreads them into a call's arguments.
      maxRows: THEMES.length,
      labels: { singular: 'Priority', plural: 'Priorities' },
      admin: {
        components: { RowLabel: rowLabelFrom('theme', 'Priority', THEMES) },
        description: 'The themes residents said matter most, most important first.',
      },
      fields: [
        themeField({ required: true }),
        { name: 'summary', type: 'textarea', maxLength: 600, admin: { description: 'Why this matters here, in a sentence or two.' } },
      ],
    },
    evidenceField('The surveys, audits and events this plan’s priorities come from.'),
    {
      name: 'actions',
      type: 'array',
      labels: { singular: 'Action', plural: 'Actions' },
      admin: { initCollapsed: true, components: { RowLabel: rowLabelFrom('title', 'Action') } },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, validate: textAnd(plainName) },
        { name: 'description', type: 'textarea', maxLength: 2000 },
        {
          type: 'row',
          fields: [
            themeField({ required: true, validate: selectAnd(themeAmongPriorities) }),
            { name: 'leadGroup', type: 'text', maxLength: 160, admin: { description: 'The local group that leads this action.' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, defaultValue: 'not-started', options: ACTION_STATUSES.map((status) => ({ ...status })) },
            {
              name: 'progress',
              label: 'Progress (%)',
              type: 'number',
              required: true,
              defaultValue: 0,
              min: 0,
              max: 100,
              validate: numberAnd(progressMatchesStatus),
            },
            { name: 'targetDate', type: 'date', admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } } },
          ],
        },
        { name: 'partners', type: 'relationship', relationTo: 'partners', hasMany: true, admin: { description: 'Organisations committed to help.' } },
        {
          name: 'strategy',
          label: 'Linked partner strategy',
          type: 'relationship',
          relationTo: 'partner-strategies',
          admin: { description: 'The partner plan this action supports, which makes it easier for the partner to act.' },
        },
        {
          name: 'communities',
          label: 'Member communities',
          type: 'relationship',
          relationTo: 'communities',
          hasMany: true,
          admin: { description: 'In a cluster’s joint plan: the member communities this action belongs to.' },
        },
        {
          name: 'updates',
          label: 'Progress updates',
          type: 'array',
          labels: { singular: 'Update', plural: 'Updates' },
          admin: { initCollapsed: true, description: 'Dated notes of what happened, with the status and progress it left the action at.' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'date', type: 'date', required: true, validate: dateAnd(notInFuture), admin: { date: { pickerAppearance: 'dayOnly' } } },
                { name: 'status', type: 'select', required: true, options: ACTION_STATUSES.map((status) => ({ ...status })) },
                {
                  name: 'progress',
                  label: 'Progress (%)',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 100,
                  validate: numberAnd(progressMatchesStatus),
                },
              ],
            },
            { name: 'note', label: 'What happened', type: 'textarea', required: true, maxLength: 600 },
          ],
        },
      ],
    },
    { name: 'reach', type: 'ui', admin: { components: { Field: '/responses/ReachView#ReachView' } } },
  ],
}
