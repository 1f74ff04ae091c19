import type { PayloadRequest } from 'payload'

import type { Question } from '../../lib/answers'
import { consultationPhase } from '../../lib/consultationPhase'

export type RespondableConsultation = {
  id: number | string
  title: string
  slug: string
  closesAt: string
  questions: Array<Question & { hint?: string | null }>
}

export type Lookup = { ok: true; consultation: RespondableConsultation } | { ok: false; status: 404 | 409; message: string }

const closedDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/** The published consultation, read as the public would; only an open one accepts answers. */
export const loadOpenConsultation = async (req: PayloadRequest, rawId: unknown): Promise<Lookup> => {
  const notFound: Lookup = { ok: false, status: 404, message: 'There is no published consultation at this address.' }
  if (typeof rawId !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(rawId)) return notFound
  const found = await req.payload
    .find({
      collection: 'consultations',
      where: { id: { equals: rawId } },
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { title: true, slug: true, opensAt: true, closesAt: true, feedback: true, questions: true },
    })
    // An id this database cannot parse names no consultation.
    .catch(() => null)
  const doc = found?.docs[0]
  if (!doc) return notFound
  const phase = consultationPhase(doc)
  if (phase === 'upcoming') return { ok: false, status: 409, message: `“${doc.title}” is not open for answers yet.` }
  if (phase !== 'open') return { ok: false, status: 409, message: `“${doc.title}” closed on ${closedDate.format(new Date(doc.closesAt))} and no longer takes answers.` }
  return {
    ok: true,
    consultation: { id: doc.id, title: doc.title, slug: doc.slug as string, closesAt: doc.closesAt, questions: (doc.questions ?? []) as RespondableConsultation['questions'] },
  }
}
