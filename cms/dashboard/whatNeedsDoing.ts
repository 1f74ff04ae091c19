import type { Payload, TypedUser, Where } from 'payload'

import { ownerWhere } from '../access/ownedContent'
import { type Actor, type ID, type Role, hasRole, idsOf } from '../access/roles'
import type { SiteBuild } from '../payload-types'
import { publicPath } from '../shared/publicUrls'
import { siteUrl } from '../settings'

const DAY = 24 * 60 * 60 * 1000
/** The thank-you page promises results within six weeks of a consultation closing. */
export const FEEDBACK_DUE_DAYS = 42
/** A partner who has not answered in two weeks needs a nudge (or the entry, a second look). */
export const CONFIRMATION_DUE_DAYS = 14
/** Enough for a dashboard: beyond this, the list view behind each item's link shows the rest. */
const SHOWN = 20

export type Named = { id: ID; name: string }
/** A community or cluster with its page on the public site. */
export type Place = Named & { path: string }
export type Waiting = { consultation: Named; count: number }
export type Dated = { id: ID; title: string; at: string | null }
export type Sending = { id: ID; subject: string; status: string; sent: number; total: number }

export type WhatNeedsDoing = {
  role: Role
  actsFor: { communities: Place[]; clusters: Place[] }
  responsesToModerate: Waiting[]
  feedbackOverdue: Dated[]
  confirmationsOverdue: Dated[]
  newslettersToApprove: Array<{ id: ID; subject: string }>
  newslettersGoingOut: Sending[]
  siteBuild: Pick<SiteBuild, 'outcome' | 'attemptedAt' | 'succeededAt' | 'pages' | 'error'> | null
  siteUrl: string
}

type Signed = TypedUser & Actor

/** Members' lists are narrowed to what their communities own; editors and admins see the district. */
const scoped = (actor: Signed, communityField: 'community' | 'communities', where: Where): Where =>
  hasRole(actor, 'admin', 'editor') ? where : { and: [where, ownerWhere(actor, { communityField })] }

const places = async (payload: Payload, user: Signed, collection: 'communities' | 'clusters', ids: ID[]): Promise<Place[]> => {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    limit: 0,
    select: { name: true, slug: true },
    overrideAccess: false,
    user,
    sort: 'name',
  })
  const path = collection === 'communities' ? publicPath.community : publicPath.cluster
  return docs.map((doc) => ({ id: doc.id, name: doc.name, path: path(doc.slug) }))
}

const responsesToModerate = async (payload: Payload, user: Signed): Promise<Waiting[]> => {
  const { docs } = await payload.find({
    collection: 'responses',
    where: { moderation: { equals: 'pending' } },
    depth: 0,
    limit: 1000,
    select: { consultation: true },
    overrideAccess: false,
    user,
  })
  const counts = new Map<string, number>()
  for (const response of docs) {
    const id = String(typeof response.consultation === 'object' ? response.consultation.id : response.consultation)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  if (!counts.size) return []
  const consultations = await payload.find({
    collection: 'consultations',
    where: { id: { in: [...counts.keys()] } },
    depth: 0,
    pagination: false,
    limit: 0,
    draft: true,
    select: { title: true },
    overrideAccess: false,
    user,
  })
  return consultations.docs
    .map((consultation) => ({ consultation: { id: consultation.id, name: consultation.title }, count: counts.get(String(consultation.id)) ?? 0 }))
    .sort((a, b) => b.count - a.count)
    .slice(0, SHOWN)
}

const feedbackOverdue = async (payload: Payload, user: Signed, now: Date): Promise<Dated[]> => {
  const { docs } = await payload.find({
    collection: 'consultations',
    where: scoped(user, 'communities', {
      and: [
        { _status: { equals: 'published' } },
        { closesAt: { less_than: new Date(now.getTime() - FEEDBACK_DUE_DAYS * DAY).toISOString() } },
        // A form saved with the date left empty stores null (MongoDB's `exists: false` misses that).
        { or: [{ 'feedback.reportedAt': { exists: false } }, { 'feedback.reportedAt': { equals: null } }] },
      ],
    }),
    depth: 0,
    limit: SHOWN,
    sort: 'closesAt',
    select: { title: true, closesAt: true },
    overrideAccess: false,
    user,
  })
  return docs.map((consultation) => ({ id: consultation.id, title: consultation.title, at: consultation.closesAt ?? null }))
}

const confirmationsOverdue = async (payload: Payload, user: Signed, now: Date): Promise<Dated[]> => {
  const { docs } = await payload.find({
    collection: 'influence-logs',
    where: scoped(user, 'community', {
      and: [
        { 'partnerConfirmation.status': { equals: 'unconfirmed' } },
        { 'partnerConfirmation.requestedAt': { less_than: new Date(now.getTime() - CONFIRMATION_DUE_DAYS * DAY).toISOString() } },
      ],
    }),
    depth: 0,
    limit: SHOWN,
    sort: 'partnerConfirmation.requestedAt',
    select: { title: true, partnerConfirmation: { requestedAt: true } },
    overrideAccess: false,
    user,
  })
  return docs.map((entry) => ({ id: entry.id, title: entry.title, at: entry.partnerConfirmation?.requestedAt ?? null }))
}

const newsletters = async (payload: Payload, user: Signed) => {
  const { docs } = await payload.find({
    collection: 'newsletters',
    where: { status: { in: ['approval', 'scheduled', 'sending'] } },
    depth: 0,
    limit: SHOWN,
    sort: 'scheduledFor',
    select: { subject: true, status: true },
    overrideAccess: false,
    user,
  })
  // Counting deliveries (editors' records) for newsletters this person may read.
  const deliveries = (newsletter: ID, status?: string) =>
    payload
      .count({
        collection: 'newsletter-deliveries',
        where: { and: [{ newsletter: { equals: newsletter } }, ...(status ? [{ status: { equals: status } }] : [])] },
      })
      .then(({ totalDocs }) => totalDocs)
  const goingOut = await Promise.all(
    docs
      .filter((newsletter) => newsletter.status !== 'approval')
      .map(async (newsletter) => ({
        id: newsletter.id,
        subject: newsletter.subject,
        status: newsletter.status,
        sent: await deliveries(newsletter.id, 'sent'),
        total: await deliveries(newsletter.id),
      })),
  )
  const toApprove = docs.filter((newsletter) => newsletter.status === 'approval').map((newsletter) => ({ id: newsletter.id, subject: newsletter.subject }))
  return { goingOut, toApprove }
}

const siteBuild = async (payload: Payload, user: Signed): Promise<WhatNeedsDoing['siteBuild']> => {
  if (!hasRole(user, 'admin', 'editor')) return null
  return payload.findGlobal({ slug: 'site-build', depth: 0, overrideAccess: false, user })
}

/**
 * Everything the dashboard lists for one signed-in person, read as that person (their access
 * rules apply) and narrowed, for a partnership member, to the communities they act for.
 */
export const whatNeedsDoing = async (payload: Payload, user: Signed, now: Date = new Date()): Promise<WhatNeedsDoing> => {
  const [communities, clusters, waiting, feedback, confirmations, mail, build] = await Promise.all([
    places(payload, user, 'communities', idsOf(user.communities)),
    places(payload, user, 'clusters', idsOf(user.clusters)),
    responsesToModerate(payload, user),
    feedbackOverdue(payload, user, now),
    confirmationsOverdue(payload, user, now),
    newsletters(payload, user),
    siteBuild(payload, user),
  ])
  return {
    role: user.role ?? 'member',
    actsFor: { communities, clusters },
    responsesToModerate: waiting,
    feedbackOverdue: feedback,
    confirmationsOverdue: confirmations,
    newslettersToApprove: mail.toApprove,
    newslettersGoingOut: mail.goingOut,
    siteBuild: build,
    siteUrl: siteUrl(),
  }
}
