import type { Payload } from 'payload'

import { settings } from '../settings'

/**
 * What a written answer becomes once its retention period is over: not personal, still counted
 * as "answered" in the published results, and never quoted (only answers marked for quoting are).
 */
export const ERASED_TEXT = '[Deleted at the end of the retention period]'

export type Forgotten = { consultations: number; equalityAnswers: number; responses: number }

/** The day the retention period of feedback published on `reportedAt` ends. */
export const retentionEnds = (reportedAt: Date, months: number): Date => {
  const end = new Date(reportedAt)
  end.setUTCMonth(end.getUTCMonth() + months)
  return end
}

/**
 * The privacy notice's promise, kept: RESPONSE_RETENTION_MONTHS after a consultation's feedback
 * was published, its equality monitoring answers are deleted and every written answer that was
 * not quoted on the site is replaced by ERASED_TEXT. Choices and ratings carry nothing personal
 * and are kept, so the published results stay as they were. Safe to run again at any time.
 */
export const forgetOldResponses = async (payload: Payload, now: Date = new Date(), months = settings().RESPONSE_RETENTION_MONTHS): Promise<Forgotten> => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  const due = await payload.find({
    collection: 'consultations',
    depth: 0,
    pagination: false,
    limit: 0,
    select: { feedback: { reportedAt: true } },
    where: { 'feedback.reportedAt': { less_than_equal: cutoff.toISOString() } },
  })
  const ids = due.docs.map((consultation) => consultation.id)
  if (ids.length === 0) return { consultations: 0, equalityAnswers: 0, responses: 0 }

  const deleted = await payload.delete({ collection: 'equality-answers', depth: 0, where: { consultation: { in: ids } } })
  if (deleted.errors.length > 0) throw new Error(`Could not delete ${deleted.errors.length} equality answers: ${deleted.errors[0]!.message}`)

  // Whole documents on purpose: on SQLite, writing back answers read with `select` loses their choices.
  const responses = await payload.find({
    collection: 'responses',
    depth: 0,
    pagination: false,
    limit: 0,
    where: { consultation: { in: ids } },
  })
  let erased = 0
  for (const response of responses.docs) {
    const quoted = (answer: { quote?: boolean | null }) => answer.quote === true && response.moderation === 'approved'
    const answers = response.answers ?? []
    if (!answers.some((answer) => answer.text && answer.text !== ERASED_TEXT && !quoted(answer))) continue
    await payload.update({
      collection: 'responses',
      id: response.id,
      depth: 0,
      // Counts and quotes on the site are unchanged: no rebuild.
      context: { siteRebuild: false },
      data: { answers: answers.map((answer) => (answer.text && !quoted(answer) ? { ...answer, text: ERASED_TEXT } : answer)) },
    })
    erased += 1
  }
  return { consultations: ids.length, equalityAnswers: deleted.docs.length, responses: erased }
}
