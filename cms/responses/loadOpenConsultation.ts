import type { PayloadRequest } from 'payload'

import { formatDate } from '../shared/format'
import type { Question } from '../lib/answers'
import { consultationPhase } from '../shared/consultationPhase'
import { type Place, placesOf } from './places'

export type RespondableConsultation = {
  id: number | string
  title: string
  slug: string
  closesAt: string
  questions: Array<Question & { hint?: string | null }>
  places: Place[]
  asksOwnAge: boolean
}

export type Lookup = { ok: true; consultation: RespondableConsultation } | { ok: false; status: 404 | 409; message: string; slug?: string }

type Published = {
  id: number | string
  title: string
  slug?: string | null
  opensAt: string
  closesAt: string
  feedback?: { reportedAt?: string | null } | null
  questions?: RespondableConsultation['questions'] | null
  asksOwnAge?: boolean | null
  places: Place[]
}

/**
 * A consultation is read once every few seconds, not once per answer: a busy evening of
 * responses then costs one query a consultation. An editor's change shows within that time.
 */
const FRESH_FOR_MS = 5000
const recentlyRead = new Map<string, { at: number; doc: Published }>()

const publishedConsultation = async (req: PayloadRequest, id: string): Promise<Published | undefined> => {
  const cached = recentlyRead.get(id)
  if (cached && Date.now() - cached.at < FRESH_FOR_MS) return cached.doc
  const found = await req.payload
    .find({
      collection: 'consultations',
      where: { id: { equals: id } },
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { title: true, slug: true, opensAt: true, closesAt: true, feedback: true, questions: true, asksOwnAge: true, communities: true, cluster: true },
    })
    // An id this database cannot parse names no consultation.
    .catch(() => null)
  const first = found?.docs[0]
  const doc: Published | undefined = first ? { ...(first as Omit<Published, 'places'>), places: await readPlaces(req, first) } : undefined
  // Only real consultations are remembered, so made-up ids cannot grow the map.
  if (doc) recentlyRead.set(id, { at: Date.now(), doc })
  else recentlyRead.delete(id)
  return doc
}

/** The communities a cluster or multi-community consultation asks about, read as the public would. */
const readPlaces = async (req: PayloadRequest, doc: { communities?: ReadonlyArray<unknown> | null; cluster?: unknown }): Promise<Place[]> => {
  const clusterId =
    typeof doc.cluster === 'object' && doc.cluster !== null ? (doc.cluster as { id: number | string }).id : (doc.cluster as number | string | null | undefined)
  const clusters =
    clusterId === null || clusterId === undefined
      ? []
      : (
          await req.payload.find({
            collection: 'clusters',
            where: { id: { equals: clusterId } },
            overrideAccess: false,
            depth: 0,
            limit: 1,
            select: { members: true },
          })
        ).docs
  const ids = (clusters[0]?.members ?? doc.communities ?? []).map((member) =>
    typeof member === 'object' && member !== null ? (member as { id: number | string }).id : member,
  )
  if (ids.length < 2) return []
  const { docs } = await req.payload.find({
    collection: 'communities',
    where: { id: { in: ids } },
    overrideAccess: false,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { name: true },
  })
  return placesOf(doc, clusters, docs)
}
/** The published consultation as the public sees it, whatever its phase, or undefined. */
export const loadPublishedConsultation = async (req: PayloadRequest, rawId: unknown): Promise<Published | undefined> =>
  typeof rawId === 'string' && /^[A-Za-z0-9]{1,64}$/.test(rawId) ? publishedConsultation(req, rawId) : undefined

/** The published consultation, read as the public would; only an open one accepts answers. */
export const loadOpenConsultation = async (req: PayloadRequest, rawId: unknown): Promise<Lookup> => {
  const notFound: Lookup = { ok: false, status: 404, message: 'There is no published consultation at this address.' }
  if (typeof rawId !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(rawId)) return notFound
  const doc = await publishedConsultation(req, rawId)
  if (!doc) return notFound
  const phase = consultationPhase(doc)
  if (phase === 'upcoming') return { ok: false, status: 409, message: `“${doc.title}” is not open for answers yet.`, slug: doc.slug as string }
  if (phase !== 'open')
    return { ok: false, status: 409, message: `“${doc.title}” closed on ${formatDate(doc.closesAt)} and no longer takes answers.`, slug: doc.slug as string }
  return {
    ok: true,
    consultation: {
      id: doc.id,
      title: doc.title,
      slug: doc.slug as string,
      closesAt: doc.closesAt,
      questions: doc.questions ?? [],
      places: doc.places,
      asksOwnAge: doc.asksOwnAge === true,
    },
  }
}
