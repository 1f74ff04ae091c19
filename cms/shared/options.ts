import type { Phase } from './consultationPhase'

/**
 * The option lists the collections offer and the words the site, search and mail show for
 * them: one list per choice, so a label changes in one place.
 */
type Option<V extends string> = { readonly label: string; readonly value: V }

export const labelsOf = <V extends string>(options: ReadonlyArray<Option<V>>): Record<V, string> =>
  Object.fromEntries(options.map(({ value, label }) => [value, label])) as Record<V, string>

export const COMMUNITY_KINDS = [
  { label: 'Parish', value: 'parish' },
  { label: 'Town', value: 'town' },
  { label: 'Village', value: 'village' },
  { label: 'Neighbourhood', value: 'neighbourhood' },
  { label: 'Ward', value: 'ward' },
] as const
export type CommunityKind = (typeof COMMUNITY_KINDS)[number]['value']
export const COMMUNITY_KIND_LABELS = labelsOf(COMMUNITY_KINDS)

export const ACTION_STATUSES = [
  { label: 'Not started', value: 'not-started' },
  { label: 'In progress', value: 'in-progress' },
  { label: 'Done', value: 'done' },
  { label: 'Stalled', value: 'stalled' },
] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]['value']
export const ACTION_STATUS_LABELS = labelsOf(ACTION_STATUSES)

/** The themes plans, actions and achievements are grouped by. */
export const THEMES = [
  { label: 'Housing', value: 'housing' },
  { label: 'Transport and travel', value: 'transport' },
  { label: 'Health and wellbeing', value: 'health' },
  { label: 'Environment and green spaces', value: 'environment' },
  { label: 'Energy and climate', value: 'energy' },
  { label: 'Local economy and jobs', value: 'economy' },
  { label: 'Community facilities', value: 'facilities' },
  { label: 'Young people', value: 'young-people' },
  { label: 'Older people', value: 'older-people' },
  { label: 'Safety', value: 'safety' },
  { label: 'Heritage and culture', value: 'heritage' },
  { label: 'Digital connection', value: 'digital' },
] as const
export type Theme = (typeof THEMES)[number]['value']

export const themeLabel = (theme: string | null | undefined): string => THEMES.find((candidate) => candidate.value === theme)?.label ?? 'Other'

/** A consultation's phase as people read it. */
export const PHASE_LABELS: Record<Phase, string> = { upcoming: 'Opening soon', open: 'Open now', closed: 'Closed', reported: 'Results published' }

export const PARTNER_KINDS = [
  { label: 'Council', value: 'council' },
  { label: 'Health body', value: 'health' },
  { label: 'Energy network operator', value: 'energy-network' },
  { label: 'Police', value: 'police' },
  { label: 'Housing', value: 'housing' },
  { label: 'Transport', value: 'transport' },
  { label: 'Other', value: 'other' },
] as const
export const PARTNER_KIND_LABELS = labelsOf(PARTNER_KINDS)

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
export const STRATEGY_KIND_LABELS = labelsOf(STRATEGY_KINDS)

/** What sort of document a plan is: the name decides which partner may adopt or register it. */
export const PLAN_KINDS = [
  { label: 'Community action plan', value: 'community-action-plan' },
  { label: 'Local Place Plan', value: 'local-place-plan' },
  { label: 'Neighbourhood plan', value: 'neighbourhood-plan' },
  { label: 'Parish plan', value: 'parish-plan' },
] as const
export type PlanKind = (typeof PLAN_KINDS)[number]['value']
export const PLAN_KIND_LABELS = labelsOf(PLAN_KINDS)

/** Where a plan stands in its life, from the first draft people may comment on to being replaced. */
export const PLAN_STANDINGS = [
  { label: 'Draft for comment', value: 'draft-for-comment' },
  { label: 'Adopted by the community', value: 'adopted' },
  { label: 'Submitted to a partner', value: 'submitted' },
  { label: 'Registered with a partner', value: 'registered' },
  { label: 'Under review', value: 'under-review' },
  { label: 'Replaced', value: 'replaced' },
] as const
export type PlanStanding = (typeof PLAN_STANDINGS)[number]['value']
export const PLAN_STANDING_LABELS = labelsOf(PLAN_STANDINGS)

/** The evidence a plan rests on: what residents said and what was counted on the ground. */
export const EVIDENCE_KINDS = [
  { label: 'Household survey', value: 'survey' },
  { label: 'Audit or count', value: 'audit' },
  { label: 'Community event', value: 'event' },
  { label: 'Official statistics', value: 'statistics' },
  { label: 'Other', value: 'other' },
] as const
export const EVIDENCE_KIND_LABELS = labelsOf(EVIDENCE_KINDS)
/** Who a guidance toolkit is for. */
export const AUDIENCES = [
  { label: 'Residents', value: 'residents' },
  { label: 'Community groups and volunteers', value: 'volunteers' },
  { label: 'Partner officers', value: 'partners' },
] as const
export const AUDIENCE_LABELS = labelsOf(AUDIENCES)
