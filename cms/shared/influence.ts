import { labelsOf } from './options'

/**
 * The vocabulary of influence, from the research on community-led planning: three methods, four
 * kinds, and the partner's answer. Shared by the collection, the reports and the site.
 */
export const INFLUENCE_METHODS = [
  { label: 'Written plan', value: 'written-plan', description: 'The plan names the partner strategy it supports, so the partner can act on it.' },
  { label: 'Relationships', value: 'relationships', description: 'Trust built with officers or members led them to act.' },
  { label: 'Joint working', value: 'joint-working', description: 'Working side by side with the partner on a group or project.' },
] as const

/** Strongest community role first. */
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

export type InfluenceMethod = (typeof INFLUENCE_METHODS)[number]['value']
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number]['value']
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number]['value']

export const METHOD_LABELS = labelsOf(INFLUENCE_METHODS)
export const KIND_LABELS = labelsOf(INFLUENCE_KINDS)
export const CONFIRMATION_LABELS = labelsOf(CONFIRMATION_STATUSES)
