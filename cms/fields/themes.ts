import type { SelectField } from 'payload'

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

export const themeField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'theme',
    type: 'select',
    options: THEMES.map((theme) => ({ ...theme })),
    ...overrides,
  }) as SelectField
