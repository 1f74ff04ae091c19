import type { Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { ACHIEVEMENT_WHERE } from '../shared/publicContent'

export const DEMO_NEWSLETTER_SUBJECT = 'Harrowdale news: have your say, and what changed this season'

const published: Where = { _status: { equals: 'published' } }

/** One newsletter to everyone subscribed, picking open consultations, celebrated changes and a plan from the seeded content. */
export const demoNewsletter = async (payload: Payload): Promise<RequiredDataFromCollectionSlug<'newsletters'>> => {
  const now = new Date().toISOString()
  const pick = (collection: 'consultations' | 'influence-logs' | 'plans', where: Where, limit: number) =>
    payload
      .find({ collection, depth: 0, limit, sort: '-updatedAt', select: {}, where: { and: [published, where] } })
      .then((result) => result.docs.map((doc) => doc.id))
  const [consultations, achievements, plans] = await Promise.all([
    pick('consultations', { and: [{ opensAt: { less_than_equal: now } }, { closesAt: { greater_than: now } }] }, 2),
    pick('influence-logs', ACHIEVEMENT_WHERE, 3),
    pick('plans', {}, 1),
  ])
  return {
    subject: DEMO_NEWSLETTER_SUBJECT,
    intro:
      'Two consultations are open across the district, and three changes our partnerships pushed for have happened. Here is where to have your say and what came of it.',
    audience: { kind: 'everyone' },
    content: { mode: 'picked', consultations, achievements, plans },
    // Sent by the seed itself (no scheduled job), so the outbox shows it straight after `npm run seed`.
    status: 'sending',
  }
}

export const DEMO_MEMBER_NEWSLETTER_SUBJECT = 'Gorsey Bank youth space: a week left to make it yours'

/** Written by the Kestwick and Gorsey Bank partnership member to Gorsey Bank's followers; an editor approves the send. */
export const demoMemberNewsletter = async (payload: Payload, gorseyBank: number): Promise<RequiredDataFromCollectionSlug<'newsletters'>> => {
  const youthSpace = await payload.find({
    collection: 'consultations',
    depth: 0,
    limit: 1,
    select: {},
    where: { and: [published, { slug: { equals: 'gorsey-bank-youth-space-make-it-yours' } }] },
  })
  return {
    subject: DEMO_MEMBER_NEWSLETTER_SUBJECT,
    intro:
      'Young people have shaped the plans for the old housing office so far. The consultation closes soon: tell us what it should be called and when it should open.',
    audience: { kind: 'communities', communities: [gorseyBank] },
    content: { mode: 'picked', consultations: youthSpace.docs.map((doc) => doc.id) },
    status: 'approval',
  }
}
