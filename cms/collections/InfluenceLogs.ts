import type { CollectionConfig, Validate } from 'payload'

import { editorsField } from '../access/fieldAccess'
import { type Ownership, ownedContentAccess } from '../access/ownedContent'
import { ownerFields } from '../fields/owner'
import { themeField } from '../fields/themes'
import { dateAnd, httpUrl, numberAnd, textAnd } from '../lib/validators'
import { queueSearchSyncOnChange, queueSearchSyncOnDelete } from '../hooks/queueSearchSync'
import { queueSiteRebuildOnChange, queueSiteRebuildOnDelete } from '../hooks/queueSiteRebuild'

const ownership: Ownership = { communityField: 'community' }

/** The three ways partnerships influence, from the research on community-led planning. */
export const INFLUENCE_METHODS = [
  { label: 'Written plan', value: 'written-plan', description: 'The plan names the partner strategy it supports, so the partner can act on it.' },
  { label: 'Relationships', value: 'relationships', description: 'Trust built with officers or members led them to act.' },
  { label: 'Joint working', value: 'joint-working', description: 'Working side by side with the partner on a group or project.' },
] as const

/** The four kinds of influence worth recording, strongest community role first. */
export const INFLUENCE_KINDS = [
  { label: 'We started it and led the delivery', value: 'led-delivery', description: 'Our idea, delivered by us or a body we set up.' },
  { label: 'We started it and got others to deliver', value: 'got-others-to-deliver', description: 'Our idea, delivered by a partner we persuaded.' },
  { label: 'We encouraged others’ work', value: 'encouraged-others', description: 'Someone else’s idea that we helped along.' },
  { label: 'We changed a partner’s policy or approach', value: 'changed-policy', description: 'A partner now works differently because of us.' },
] as const

export const CONFIRMATION_STATUSES = [
  { label: 'Not yet confirmed', value: 'unconfirmed' },
  { label: 'Confirmed by the partner', value: 'confirmed' },
  { label: 'Disputed by the partner', value: 'disputed' },
] as const

const notInFuture: Validate = (value) =>
  !value || new Date(value as string).getTime() <= Date.now() + 24 * 60 * 60 * 1000 || 'Log influence that has happened: the date cannot be in the future.'

const poundsAndPence: Validate = (value) => {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'Enter an amount of £0 or more.'
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 || 'Use pounds and pence only (at most two decimal places).'
}

const optionsOf = (options: ReadonlyArray<{ label: string; value: string }>) => options.map(({ label, value }) => ({ label, value }))

const describe = (options: ReadonlyArray<{ label: string; description: string }>) =>
  options.map(({ label, description }) => `${label}: ${description}`).join(' ')

export const InfluenceLogs: CollectionConfig = {
  slug: 'influence-logs',
  labels: { singular: 'Influence log', plural: 'Influence logs' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'community', 'cluster', 'partner', 'kind', 'celebrate'],
    listSearchableFields: ['title', 'whatChanged'],
    description: 'After each meeting, record how you influenced a partner, with evidence. These become your achievements.',
    group: 'Influence',
  },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: '-date',
  access: ownedContentAccess(ownership, { mayPublish: true, mayDelete: true }),
  hooks: { afterChange: [queueSiteRebuildOnChange, queueSearchSyncOnChange], afterDelete: [queueSiteRebuildOnDelete, queueSearchSyncOnDelete] },
  fields: [
    { name: 'title', label: 'What changed, in a line', type: 'text', required: true, maxLength: 160 },
    ...ownerFields(ownership, 'log'),
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, index: true, validate: dateAnd(notInFuture), admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, index: true, admin: { description: 'Not listed? Use the + button to add it.' } },
      ],
    },
    { name: 'whatChanged', label: 'What changed', type: 'textarea', required: true, maxLength: 4000 },
    { name: 'method', type: 'radio', required: true, options: optionsOf(INFLUENCE_METHODS), admin: { layout: 'vertical', description: describe(INFLUENCE_METHODS) } },
    { name: 'kind', type: 'radio', required: true, options: optionsOf(INFLUENCE_KINDS), admin: { layout: 'vertical', description: describe(INFLUENCE_KINDS) } },
    themeField({ admin: { description: 'Optional: the plan theme this influenced.' } }),
    {
      name: 'outputs',
      type: 'array',
      labels: { singular: 'Output', plural: 'Outputs' },
      admin: { description: 'What was produced: a new bus stop, a repaired footpath, a clinic session.' },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 300 }],
    },
    {
      name: 'outcomes',
      type: 'array',
      labels: { singular: 'Outcome', plural: 'Outcomes' },
      admin: { description: 'The difference it made for people: fewer missed appointments, safer walks to school.' },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 300 }],
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
      access: { create: editorsField, update: editorsField },
      admin: { position: 'sidebar', description: 'Set by the partner through a confirmation link.' },
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'unconfirmed', options: CONFIRMATION_STATUSES.map((status) => ({ ...status })) },
        { name: 'respondedAt', type: 'date' },
        { name: 'comment', type: 'textarea', maxLength: 2000 },
      ],
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
