import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { toPence } from '../shared/money'

type Entry = {
  title?: string
  date?: string
  partner?: unknown
  whatChanged?: string
  kind?: string
  method?: string
  outputs?: ReadonlyArray<{ text?: string }> | null
  outcomes?: ReadonlyArray<{ text?: string }> | null
  moneyInfluenced?: number | null
  partnerConfirmation?: { status?: string | null } | null
}

const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** What the partner read and vouched for; the owner, the celebrate tick and evidence are not part of it. */
const confirmedContent = (entry: Entry): string =>
  JSON.stringify([
    entry.title,
    entry.date ? new Date(entry.date).toISOString() : null,
    idOf(entry.partner),
    entry.whatChanged,
    entry.kind,
    entry.method,
    (entry.outputs ?? []).map((row) => row.text),
    (entry.outcomes ?? []).map((row) => row.text),
    toPence(entry.moneyInfluenced),
  ])

/**
 * A partner confirmed (or disputed) the entry as it was. When what they vouched for changes,
 * the answer no longer applies: the entry goes back to unconfirmed, to be asked again. A save
 * that sets the status itself (an editor recording an answer by hand) is left as it is.
 */
export const resetConfirmationWhenEntryChanges: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const before = originalDoc as Entry | undefined
  const status = before?.partnerConfirmation?.status
  if (operation !== 'update' || !before || !status || status === 'unconfirmed') return data
  const incoming = data as Entry
  if (incoming.partnerConfirmation?.status && incoming.partnerConfirmation.status !== status) return data
  if (confirmedContent({ ...before, ...incoming }) === confirmedContent(before)) return data
  return {
    ...data,
    partnerConfirmation: { ...before.partnerConfirmation, ...incoming.partnerConfirmation, status: 'unconfirmed', respondedAt: null, comment: null },
  }
}

/**
 * A copy is a new entry the partner has never seen: it starts unconfirmed and unasked, and no
 * link sent for the original can answer for it.
 */
export const copiesStartUnconfirmed: FieldHook = () => ({ status: 'unconfirmed', respondedAt: null, comment: null, requestedAt: null, requestId: null })
