import type { SelectField } from 'payload'

import { THEMES } from '../shared/options'

/** A select of the shared themes. */
export const themeField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'theme',
    type: 'select',
    options: THEMES.map((theme) => ({ ...theme })),
    ...overrides,
  }) as SelectField
