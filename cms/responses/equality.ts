/** Equality-monitoring questions: optional, anonymous, and kept apart from consultation answers. */

const preferNot = { label: 'Prefer not to say', value: 'prefer-not-to-say' } as const

export const EQUALITY_QUESTIONS = {
  ageBand: {
    legend: 'How old are you?',
    options: [
      { label: 'Under 16', value: 'under-16' },
      { label: '16 to 24', value: '16-24' },
      { label: '25 to 44', value: '25-44' },
      { label: '45 to 64', value: '45-64' },
      { label: '65 to 74', value: '65-74' },
      { label: '75 or over', value: '75-plus' },
      preferNot,
    ],
  },
  disability: {
    legend: 'Are you disabled, or do you have a long-term health condition?',
    options: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }, preferNot],
  },
  ethnicGroup: {
    legend: 'What is your ethnic group?',
    options: [
      { label: 'Asian or Asian British', value: 'asian' },
      { label: 'Black, Black British, Caribbean or African', value: 'black' },
      { label: 'Mixed or multiple ethnic groups', value: 'mixed' },
      { label: 'White', value: 'white' },
      { label: 'Another ethnic group', value: 'other' },
      preferNot,
    ],
  },
} as const

export type EqualityChoice = keyof typeof EQUALITY_QUESTIONS
export const EQUALITY_CHOICES = Object.keys(EQUALITY_QUESTIONS) as EqualityChoice[]
export const MAX_GENDER_TEXT = 60

/** The equality questions a form asks: without age when the consultation asks age itself. */
export const equalityChoicesFor = (asksOwnAge: boolean): EqualityChoice[] =>
  asksOwnAge ? EQUALITY_CHOICES.filter((name) => name !== 'ageBand') : EQUALITY_CHOICES

export type EqualityValue<K extends EqualityChoice> = (typeof EQUALITY_QUESTIONS)[K]['options'][number]['value']
export type EqualityData = { [K in EqualityChoice]?: EqualityValue<K> } & { gender?: string }

export const isEqualityValue = <K extends EqualityChoice>(name: K, value: unknown): value is EqualityValue<K> =>
  EQUALITY_QUESTIONS[name].options.some((option) => option.value === value)
