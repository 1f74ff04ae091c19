import type { CollectionConfig, FieldHook, PayloadRequest, Validate } from 'payload'

import { editorsField, nobodyField, signedInField } from '../access/fieldAccess'
import { membersNameAnOwner } from '../access/membersNameAnOwner'
import { ownedContentAccess, ownedContentOperations } from '../access/ownedContent'
import type { Ownership } from '../access/ownership'
import { ownerFields } from '../fields/owner'
import { themeField } from '../fields/themes'
import { CONFIRMATION_STATUSES, INFLUENCE_KINDS, INFLUENCE_METHODS } from '../shared/influence'
import { dateAnd, httpUrl, numberAnd, plainName, textAnd } from '../lib/validators'
import { queuePartnerConfirmationRequest, takePartnerConfirmationRequest } from '../partner-confirmation/queueConfirmationRequest'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'
import { followedUpIn, inNewslettersNotYetSent } from '../hooks/deleteReferences'
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed'
import { copiesStartUnconfirmed, resetConfirmationWhenEntryChanges } from '../partner-confirmation/resetConfirmationWhenEntryChanges'
import { rowLabelFrom } from '../fields/rowLabel'

const ownership: Ownership = { communityField: 'community' }

const notInFuture: Validate = (value) =>
  !value || new Date(value as string).getTime() <= Date.now() + 24 * 60 * 60 * 1000 || 'Log influence that has happened: the date cannot be in the future.'

const actionsOfPlan = async (plan: unknown, req: PayloadRequest): Promise<Array<{ id?: string | null; title: string }>> => {
  if (!plan) return []
  const planId = typeof plan === 'object' ? (plan as { id: string | number }).id : (plan as string | number)
  const found = await req.payload.findByID({ collection: 'plans', id: planId, depth: 0, draft: true, select: { actions: true }, req, disableErrors: true })
  return found?.actions ?? []
}

/** Volunteers may name the action by its title, as the plan words it; it is stored by id, which survives a rename. */
const actionIdFromTitle: FieldHook = async ({ value, siblingData, req }): Promise<unknown> => {
  if (typeof value !== 'string' || value.trim() === '') return value as unknown
  const wanted = value.trim()
  const actions = await actionsOfPlan((siblingData as { plan?: unknown }).plan, req)
  if (actions.some((action) => action.id === wanted)) return wanted
  return actions.find((action) => action.title.trim().toLowerCase() === wanted.toLowerCase())?.id ?? wanted
}

/** The action must be one of the named plan's actions. */
const actionOfThePlan: Validate = async (value, { siblingData, req }) => {
  const plan = (siblingData as { plan?: unknown }).plan
  if (!value || !plan) return true
  return (
    (await actionsOfPlan(plan, req)).some((action) => action.id === value) ||
    'That plan has no action with this title or id. Copy the title from the plan, or the id from the end of the action’s address (#action-...).'
  )
}

const poundsAndPence: Validate = (value) => {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'Enter an amount of £0 or more.'
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 || 'Use pounds and pence only (at most two decimal places).'
}

/** Each choice explained on its own line, where the volunteer picks it. */
const explainedOptions = (options: ReadonlyArray<{ label: string; value: string; description: string }>) =>
  options.map(({ label, value, description }) => ({ label: `${label}: ${description}`, value }))

export const InfluenceLogs: CollectionConfig = {
  slug: 'influence-logs',
  labels: { singular: 'Influence log', plural: 'Influence logs' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'community', 'cluster', 'partner', 'kind', 'celebrate'],
    listSearchableFields: ['title', 'whatChanged'],
    description: 'After each meeting, record how you influenced a partner, with evidence. These become your achievements.',
    group: 'Partners and influence',
    // The list reads only its columns, not each entry's text, evidence and arrays.
    enableListViewSelectAPI: true,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: '-date',
  // A community's log, newest first (the versions table gets it too: the list reads drafts).
  indexes: [{ fields: ['community', 'date'] }],
  access: ownedContentAccess(ownership, { mayPublish: true, mayDelete: true }),
  hooks: {
    beforeOperation: ownedContentOperations(ownership),
    beforeChange: [membersNameAnOwner(ownership), resetConfirmationWhenEntryChanges, takePartnerConfirmationRequest],
    beforeDelete: [refuseDeleteWhileUsed('influence log', [followedUpIn('influence-logs'), inNewslettersNotYetSent('content.achievements')])],
    afterChange: [queueSiteRebuildOnChange, queuePartnerConfirmationRequest, queueSearchSyncOnChange],
    afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete],
  },
  fields: [
    { name: 'title', label: 'What changed, in a line', type: 'text', required: true, index: true, maxLength: 160, validate: textAnd(plainName) },
    ...ownerFields(ownership, 'log', { defaultToMembersCommunity: true }),
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, index: true, validate: dateAnd(notInFuture), admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'partner',
          type: 'relationship',
          relationTo: 'partners',
          required: true,
          index: true,
          admin: { allowCreate: true, description: 'Not listed? Ask an editor to add it (editors: the + button).' },
        },
      ],
    },
    { name: 'whatChanged', label: 'What changed', type: 'textarea', required: true, maxLength: 4000 },
    {
      name: 'method',
      label: 'How you influenced them',
      type: 'radio',
      required: true,
      options: explainedOptions(INFLUENCE_METHODS),
      admin: { layout: 'vertical' },
    },
    { name: 'kind', label: 'What kind of influence', type: 'radio', required: true, options: explainedOptions(INFLUENCE_KINDS), admin: { layout: 'vertical' } },
    themeField({ admin: { description: 'Optional: the plan theme this influenced.' } }),
    {
      name: 'outputs',
      type: 'array',
      labels: { singular: 'Output', plural: 'Outputs' },
      admin: {
        components: { RowLabel: rowLabelFrom('text', 'Output') },
        description: 'What was produced: a new bus stop, a repaired footpath, a clinic session.',
      },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 300 }],
    },
    {
      name: 'outcomes',
      type: 'array',
      labels: { singular: 'Outcome', plural: 'Outcomes' },
      admin: {
        components: { RowLabel: rowLabelFrom('text', 'Outcome') },
        description: 'The difference it made for people: fewer missed appointments, safer walks to school.',
      },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 300 }],
    },
    {
      name: 'advancedActions',
      label: 'Plan actions this advanced',
      type: 'array',
      labels: { singular: 'Plan action', plural: 'Plan actions' },
      admin: { initCollapsed: true, description: 'Optional: the plan actions this influence moved forward. Each action lists the entries that advanced it.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'plan', type: 'relationship', relationTo: 'plans', required: true },
            {
              name: 'action',
              label: 'Action',
              type: 'text',
              required: true,
              maxLength: 200,
              hooks: { beforeValidate: [actionIdFromTitle] },
              validate: textAnd(actionOfThePlan),
              admin: { description: 'The action’s title as the plan words it (kept as its id, so renaming the action keeps the link).' },
            },
          ],
        },
      ],
    },
    {
      name: 'moneyInfluenced',
      label: 'Money influenced (£)',
      type: 'number',
      min: 0,
      validate: numberAnd(poundsAndPence),
      admin: { description: 'Optional. Public money spent or invested because of this influence.' },
    },
    {
      name: 'evidence',
      type: 'group',
      admin: { description: 'Minutes, letters or web pages that show the influence happened.' },
      fields: [
        {
          name: 'links',
          type: 'array',
          admin: { components: { RowLabel: rowLabelFrom('label', 'Link') } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, maxLength: 160 },
                { name: 'url', label: 'Web address', type: 'text', required: true, maxLength: 500, validate: textAnd(httpUrl) },
              ],
            },
          ],
        },
        { name: 'files', type: 'upload', relationTo: 'media', hasMany: true },
      ],
    },
    {
      name: 'partnerConfirmation',
      type: 'group',
      // Only the partner's link (system code) sets it on a new entry; editors may record an answer later.
      access: { create: nobodyField, update: editorsField },
      hooks: { beforeDuplicate: [copiesStartUnconfirmed] },
      admin: { position: 'sidebar', description: 'Set by the partner through a confirmation link.' },
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'unconfirmed', options: CONFIRMATION_STATUSES.map((status) => ({ ...status })) },
        { name: 'respondedAt', label: 'Answered at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        // The partner's own words may name people: shown to signed-in users only, never on the site.
        { name: 'comment', type: 'textarea', maxLength: 2000, access: { read: signedInField } },
        {
          name: 'requestedAt',
          label: 'Partner last asked at',
          type: 'date',
          access: { read: signedInField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        // Names the one link that may still answer: a new request or an answer replaces it, so an old link cannot be reused.
        { name: 'requestId', type: 'text', hidden: true, access: { read: nobodyField } },
      ],
    },
    {
      name: 'askPartnerToConfirm',
      label: 'Ask the partner to confirm',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Tick and save: the partner’s contact gets an email with a link to confirm this entry or dispute it with a comment.',
      },
    },
    {
      name: 'celebrate',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Show this as an achievement on the site and in newsletters.' },
    },
  ],
}
