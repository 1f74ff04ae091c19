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

/** Who a guidance toolkit is for. */
export const AUDIENCES = [
  { label: 'Residents', value: 'residents' },
  { label: 'Community groups and volunteers', value: 'volunteers' },
  { label: 'Partner officers', value: 'partners' },
] as const
export const AUDIENCE_LABELS = labelsOf(AUDIENCES)
