'use client'

import { useRowLabel } from '@payloadcms/ui'

export type RowLabelProps = {
  /** The row's field whose words name the row, such as an action's title. */
  field: string
  /** Labels for a select field's values, so a row reads "Transport and travel", not "transport". */
  options?: Record<string, string>
  /** The singular noun for a row with nothing in that field yet: "Action 03". */
  fallback: string
}

const MAX_LENGTH = 90

/** An array row's label taken from its content, so a plan's twelve actions are told apart by name. */
export const RowLabelFrom = ({ field, options, fallback }: RowLabelProps) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const value = data?.[field]
  const words = typeof value === 'string' ? (options?.[value] ?? value).replace(/\s+/g, ' ').trim() : ''
  if (!words) return <span className="row-label-from-content">{`${fallback} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
  return <span className="row-label-from-content">{words.length > MAX_LENGTH ? `${words.slice(0, MAX_LENGTH - 1)}…` : words}</span>
}
