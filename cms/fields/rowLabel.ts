import type { RowLabelProps } from '../components/RowLabelFrom'

/** An array field's `admin.components.RowLabel`, naming each row by one of its fields. */
export const rowLabelFrom = (field: string, fallback: string, options?: ReadonlyArray<{ label: string; value: string }>) => ({
  path: '/components/RowLabelFrom#RowLabelFrom',
  clientProps: {
    field,
    fallback,
    ...(options ? { options: Object.fromEntries(options.map((option) => [option.value, option.label])) } : {}),
  } satisfies RowLabelProps,
})
