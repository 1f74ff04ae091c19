import type { CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '../lib/refusal'
import type { Consultation } from '../payload-types'
import { actorOf, hasRole } from './roles'

type Question = { id?: string | null; prompt?: string | null; kind?: string | null; options?: Array<{ id?: string | null; label?: string | null }> | null }

const time = (value: unknown): number => (typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : Number.NaN)
const ended = (value: unknown, now: number): boolean => time(value) <= now
/** A field left out of a partial update is unchanged. */
const sameTime = (submitted: unknown, stored: unknown): boolean => submitted === undefined || time(submitted) === time(stored)

/** The questions as answers refer to them: ids, wording, kinds and options. */
const questionsAsAsked = (questions: unknown): string =>
  JSON.stringify(
    ((Array.isArray(questions) ? questions : []) as Question[]).map((question) => [
      question.id ?? null,
      question.prompt ?? null,
      question.kind ?? null,
      (question.options ?? []).map((option) => [option.id ?? null, option.label ?? null]),
    ]),
  )

const REFUSED =
  'Partnership members publish a consultation’s “you said, we did” once it has closed; opening a consultation, or changing its dates or questions, is for an editor. Save your changes as a draft and ask an editor.'

/**
 * Members may publish changes to a consultation their community owns only after an editor has
 * published it and it has closed: that is how they report back ("you said, we did") without
 * waiting for an editor, while what residents were asked and when stays as the editor published it.
 */
export const membersReportOnClosedConsultations: CollectionBeforeChangeHook<Consultation> = async ({ data, operation, originalDoc, req }) => {
  if (data?._status !== 'published' || !hasRole(actorOf(req), 'member')) return data
  const id = originalDoc?.id
  if (operation !== 'update' || id === undefined) throw new Refusal(REFUSED, 403)
  const live = await req.payload.findByID({
    collection: 'consultations',
    id,
    depth: 0,
    draft: false,
    select: { _status: true, opensAt: true, closesAt: true, questions: true },
    req,
  })
  const now = Date.now()
  const unchanged =
    sameTime(data.opensAt, live.opensAt) &&
    sameTime(data.closesAt, live.closesAt) &&
    (data.questions === undefined || questionsAsAsked(data.questions) === questionsAsAsked(live.questions))
  if (live._status !== 'published' || !ended(live.closesAt, now) || !unchanged) throw new Refusal(REFUSED, 403)
  return data
}
