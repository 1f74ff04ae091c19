import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload, Where } from 'payload'

import { siteUrl } from '../settings'
import { consultationPhase } from '../shared/consultationPhase'
import type { Newsletter } from '../payload-types'
import type { NewsletterContent, NewsletterItem, NewsletterSection } from './NewsletterEmail'
import { publicPath } from '../shared/publicUrls'
import { ACHIEVEMENT_WHERE } from '../shared/publicContent'
import { eventKindLabel } from '../shared/events'
import { formatEventTime } from '../shared/format'

const DIGEST_FALLBACK_DAYS = 30
/** A digest invites people to the events of the next six weeks, whenever they were published. */
const DIGEST_EVENT_DAYS = 42
const idsOf = (values: ReadonlyArray<number | string | { id: number | string }> | null | undefined) =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** When the previous newsletter went out; a first digest covers the last 30 days. */
const lastIssueSentAt = async (payload: Payload, newsletter: Pick<Newsletter, 'id'>): Promise<Date> => {
  const previous = await payload.find({
    collection: 'newsletters',
    depth: 0,
    limit: 1,
    sort: '-sentAt',
    select: { sentAt: true },
    where: { and: [{ status: { equals: 'sent' } }, { id: { not_equals: newsletter.id } }] },
  })
  const sentAt = previous.docs[0]?.sentAt
  return sentAt ? new Date(sentAt) : new Date(Date.now() - DIGEST_FALLBACK_DAYS * 24 * 60 * 60 * 1000)
}

/**
 * The items a newsletter carries, read as the public would (overrideAccess: false, no user): a
 * draft or a personal field can never reach a mail, even if an editor picked it before unpublishing.
 */
export const newsletterContent = async (payload: Payload, newsletter: Newsletter): Promise<NewsletterContent> => {
  const site = siteUrl()
  const digest = newsletter.content?.mode === 'digest'
  const since = digest ? (await lastIssueSentAt(payload, newsletter)).toISOString() : undefined
  const chosen = (ids: Array<number | string>): Where => (digest ? { updatedAt: { greater_than: since } } : { id: { in: ids } })
  const publicFind = <T>(collection: 'consultations' | 'influence-logs' | 'plans' | 'events', where: Where) =>
    payload.find({ collection, where, overrideAccess: false, depth: 0, pagination: false, limit: 0, sort: '-updatedAt' }).then((result) => result.docs as T[])

  const pickedConsultations = idsOf(newsletter.content?.consultations)
  const pickedAchievements = idsOf(newsletter.content?.achievements)
  const pickedPlans = idsOf(newsletter.content?.plans)
  const pickedEvents = idsOf(newsletter.content?.events)
  const now = new Date()
  const upcoming: Where = digest
    ? {
        and: [
          { startsAt: { greater_than: now.toISOString() } },
          { startsAt: { less_than: new Date(now.getTime() + DIGEST_EVENT_DAYS * 86_400_000).toISOString() } },
        ],
      }
    : { and: [{ id: { in: pickedEvents } }, { endsAt: { greater_than: now.toISOString() } }] }
  const [consultations, achievements, plans, events] = await Promise.all([
    digest || pickedConsultations.length
      ? publicFind<{ title: string; slug: string; summary: string; opensAt: string; closesAt: string }>('consultations', chosen(pickedConsultations))
      : [],
    digest || pickedAchievements.length
      ? publicFind<{ title: string; whatChanged: string; celebrate?: boolean | null }>('influence-logs', {
          and: [chosen(pickedAchievements), ACHIEVEMENT_WHERE],
        })
      : [],
    digest || pickedPlans.length ? publicFind<{ title: string; slug: string }>('plans', chosen(pickedPlans)) : [],
    digest || pickedEvents.length
      ? publicFind<{ title: string; slug: string; kind: string; startsAt: string; endsAt: string; venue: { name: string } }>('events', upcoming)
      : [],
  ])
  events.sort((a, b) => a.startsAt.localeCompare(b.startsAt))

  const open = consultations.filter((consultation) => consultationPhase(consultation) === 'open')
  const sections: NewsletterSection[] = [
    {
      heading: 'Have your say',
      items: open.map((item): NewsletterItem => ({ title: item.title, summary: item.summary, url: `${site}${publicPath.consultation(item.slug)}` })),
    },
    {
      heading: 'Come and talk to us',
      items: events.map((item): NewsletterItem => ({
        title: `${eventKindLabel(item.kind)}: ${item.title}`,
        summary: `${formatEventTime(item.startsAt, item.endsAt)}, ${item.venue.name}`,
        url: `${site}${publicPath.event(item.slug)}`,
      })),
    },
    {
      heading: 'What changed',
      items: achievements.map((item): NewsletterItem => ({ title: item.title, summary: item.whatChanged, url: `${site}${publicPath.achievements}` })),
    },
    { heading: 'Plan updates', items: plans.map((item): NewsletterItem => ({ title: item.title, url: `${site}${publicPath.plan(item.slug)}` })) },
  ].filter((section) => section.items.length > 0)

  return {
    subject: newsletter.subject,
    intro: newsletter.intro,
    bodyHtml: newsletter.body ? convertLexicalToHTML({ data: newsletter.body, disableContainer: true }) : undefined,
    sections,
  }
}
