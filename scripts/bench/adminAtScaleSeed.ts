import { randomBytes } from 'node:crypto'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { COMMUNITY_KINDS, THEMES } from '../../cms/shared/options'
import { INFLUENCE_KINDS, INFLUENCE_METHODS } from '../../cms/shared/influence'

/**
 * The collections that reach 100,000 documents in a real install, and why:
 * - responses (and their equality answers, one per response): a district-wide consultation
 *   shared on social media draws tens of thousands; a few years of them pass 100,000;
 * - subscribers: a district's newsletter list;
 * - newsletter mail sent: one row per newsletter and recipient, 10,000 recipients x 10 sends;
 * - influence logs: 500 communities logging a meeting a week for a few years (with a version
 *   each, since the list and the pickers read drafts).
 * Communities stay at a big district's few thousand: the pickers search them by name.
 */
export type AtScale = {
  documents: number
  admin: { email: string; password: string }
  consultationIds: number[]
  newsletterIds: number[]
  communityIds: number[]
}

const BATCH = 500
const DAY = 24 * 60 * 60 * 1000
const WORDS = ['bus', 'shelter', 'footpath', 'library', 'clinic', 'allotment', 'crossing', 'playground', 'broadband', 'hall', 'river', 'bridge']
const PLACES = ['Ash', 'Birch', 'Cedar', 'Elm', 'Hazel', 'Holly', 'Oak', 'Rowan', 'Willow', 'Yew']
const ENDINGS = ['field', 'ford', 'ham', 'ley', 'stead', 'ton', 'wick', 'bury', 'combe', 'thorpe']
const FIRST = ['alex', 'sam', 'jo', 'chris', 'pat', 'robin', 'morgan', 'jamie', 'lee', 'kim']
const LAST = ['smith', 'jones', 'taylor', 'brown', 'evans', 'wilson', 'patel', 'khan', 'hughes', 'price']

/** Payload's own array row ids: 24 hex digits. */
const rowId = () => randomBytes(12).toString('hex')
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!
/** Spread over the past three years, newest for the highest number, as documents arrive. */
const dateFor = (n: number, total: number) => new Date(Date.now() - (total - n) * ((3 * 365 * DAY) / total)).toISOString()

/** Rows inserted 500 at a time inside one transaction: Payload's schema, without Payload's per-document pipeline. */
const insertAll = async (payload: Payload, table: string, rows: Array<Record<string, unknown>>): Promise<void> => {
  const db = payload.db as unknown as SQLiteAdapter
  await db.drizzle.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += BATCH) await tx.insert(db.tables[table]).values(rows.slice(start, start + BATCH))
  })
}

const nextId = async (payload: Payload, table: string): Promise<number> => {
  const db = payload.db as unknown as SQLiteAdapter
  const { rows } = await db.client.execute(`SELECT coalesce(max(id), 0) AS id FROM "${table}"`)
  return Number(rows[0]!.id) + 1
}

const seedCommunities = async (payload: Payload, count: number): Promise<number[]> => {
  const first = await nextId(payload, 'communities')
  const rows = Array.from({ length: count }, (_, i) => {
    const name = `${pick(PLACES, i)}${pick(ENDINGS, Math.floor(i / PLACES.length))}${i >= 100 ? ` ${Math.floor(i / 100)}` : ''}`
    const at = dateFor(i, count)
    return {
      id: first + i,
      name,
      slug: `${name.toLowerCase().replace(/ /g, '-')}-${i}`,
      kind: pick(COMMUNITY_KINDS, i).value,
      summary: `${name} is a place in the benchmark district.`,
      updatedAt: at,
      createdAt: at,
    }
  })
  await insertAll(payload, 'communities', rows)
  return rows.map((row) => row.id)
}

/** Consultations through the Local API: few, and their questions are what the answers point at. */
const seedConsultations = async (payload: Payload, communityIds: number[], count: number) => {
  const consultations = []
  for (let i = 0; i < count; i++) {
    consultations.push(
      await payload.create({
        collection: 'consultations',
        depth: 0,
        data: {
          title: `${pick(WORDS, i)} consultation ${i + 1}`,
          communities: [pick(communityIds, i)],
          summary: 'A consultation of the admin benchmark.',
          opensAt: new Date(Date.now() - (count - i) * 30 * DAY).toISOString(),
          closesAt: new Date(Date.now() - (count - i - 1) * 30 * DAY).toISOString(),
          questions: [
            { prompt: 'What would help most?', kind: 'text', required: true },
            { prompt: 'Which times suit you?', kind: 'multiple', options: [{ label: 'Mornings' }, { label: 'Evenings' }, { label: 'Weekends' }] },
            { prompt: 'How much do you agree?', kind: 'scale', required: true },
          ],
          _status: 'published',
        },
      }),
    )
  }
  return consultations
}

const seedResponses = async (payload: Payload, consultations: Awaited<ReturnType<typeof seedConsultations>>, communityIds: number[], count: number) => {
  const first = await nextId(payload, 'responses')
  const responses: Array<Record<string, unknown>> = []
  const answers: Array<Record<string, unknown>> = []
  const texts: Array<Record<string, unknown>> = []
  const equality: Array<Record<string, unknown>> = []
  const equalityFirst = await nextId(payload, 'equality_answers')
  for (let i = 0; i < count; i++) {
    const id = first + i
    // A third of all responses answer the first consultation: the big one an editor works through.
    const consultation = i % 3 === 0 ? consultations[0]! : pick(consultations, i)
    const [text, multiple, scale] = consultation.questions!
    const at = dateFor(i, count)
    responses.push({
      id,
      consultation: consultation.id,
      reference: `R-${(0x10000000 + i * 7919).toString(16).toUpperCase().slice(-8)}`,
      channel: i % 10 === 0 ? 'paper' : 'online',
      moderation: i % 5 === 0 ? 'approved' : i % 17 === 0 ? 'rejected' : 'pending',
      community: i % 4 === 0 ? pick(communityIds, i) : null,
      updatedAt: at,
      createdAt: at,
    })
    answers.push(
      { _order: 1, _parentID: id, id: rowId(), question: text!.id, text: `A ${pick(WORDS, i)} near the ${pick(WORDS, i + 5)} would help.`, quote: false },
      { _order: 2, _parentID: id, id: rowId(), question: multiple!.id, quote: false },
      { _order: 3, _parentID: id, id: rowId(), question: scale!.id, rating: 1 + (i % 5), quote: false },
    )
    texts.push({ order: 1, parent: id, path: 'answers.1.choices', text: pick(multiple!.options!, i).id })
    equality.push({ id: equalityFirst + i, consultation: consultation.id, ageBand: pick(['18-24', '25-44', '45-64', '65+'], i) })
  }
  await insertAll(payload, 'responses', responses)
  await insertAll(payload, 'responses_answers', answers)
  await insertAll(payload, 'responses_texts', texts)
  await insertAll(payload, 'equality_answers', equality)
}

const seedSubscribers = async (payload: Payload, communityIds: number[], count: number) => {
  const first = await nextId(payload, 'subscribers')
  const subscribers: Array<Record<string, unknown>> = []
  const rels: Array<Record<string, unknown>> = []
  for (let i = 0; i < count; i++) {
    const id = first + i
    const at = dateFor(i, count)
    const status = i % 20 === 0 ? 'unsubscribed' : i % 50 === 0 ? 'bounced' : i % 9 === 0 ? 'pending' : 'confirmed'
    subscribers.push({
      id,
      email: `${pick(FIRST, i)}.${pick(LAST, Math.floor(i / 10))}${i}@example.org`,
      status,
      consent_givenAt: at,
      consent_source: i % 7 === 0 ? 'paper' : 'website',
      consent_wordingVersion: '2026-01',
      confirmedAt: status === 'pending' ? null : at,
      permanentFailures: 0,
      updatedAt: at,
      createdAt: at,
    })
    for (let n = 0; n < 1 + (i % 3); n++) rels.push({ order: n + 1, parent: id, path: 'communities', communitiesID: pick(communityIds, i + n * 97) })
  }
  await insertAll(payload, 'subscribers', subscribers)
  await insertAll(payload, 'subscribers_rels', rels)
  return { first, count }
}

const seedNewsletterMail = async (payload: Payload, subscribers: { first: number; count: number }, count: number): Promise<number[]> => {
  const sends = 10
  const newsletterIds: number[] = []
  for (let n = 0; n < sends; n++) {
    const newsletter = await payload.create({
      collection: 'newsletters',
      depth: 0,
      data: {
        subject: `News for ${pick(PLACES, n)} ${n + 1}`,
        intro: 'What happened this month.',
        content: { mode: 'digest' },
        audience: { kind: 'everyone' },
        status: 'draft',
      },
    })
    newsletterIds.push(newsletter.id)
  }
  const perSend = Math.ceil(count / sends)
  const rows: Array<Record<string, unknown>> = []
  for (let i = 0; i < count; i++) {
    const newsletter = newsletterIds[Math.floor(i / perSend)]!
    const subscriber = subscribers.first + (i % perSend)
    const at = dateFor(i, count)
    const failed = i % 97 === 0
    rows.push({
      key: `${newsletter}:${subscriber}`,
      newsletter,
      subscriber,
      email: `${pick(FIRST, i % perSend)}.${pick(LAST, Math.floor((i % perSend) / 10))}${i % perSend}@example.org`,
      status: failed ? 'failed' : 'sent',
      attempts: failed ? 3 : 1,
      messageId: `<${rowId()}@bench.example.org>`,
      smtpReply: failed ? '550 mailbox unavailable' : '250 OK',
      sentAt: failed ? null : at,
      updatedAt: at,
      createdAt: at,
    })
  }
  await insertAll(payload, 'newsletter_deliveries', rows)
  return newsletterIds
}

const seedInfluenceLogs = async (payload: Payload, communityIds: number[], count: number) => {
  const partners = []
  for (let n = 0; n < 20; n++)
    partners.push(await payload.create({ collection: 'partners', depth: 0, data: { name: `${pick(PLACES, n)} partner ${n + 1}`, kind: 'council' } }))
  const first = await nextId(payload, 'influence_logs')
  const firstVersion = await nextId(payload, '_influence_logs_v')
  const logs: Array<Record<string, unknown>> = []
  const outputs: Array<Record<string, unknown>> = []
  const versions: Array<Record<string, unknown>> = []
  const versionOutputs: Array<Record<string, unknown>> = []
  for (let i = 0; i < count; i++) {
    const id = first + i
    const at = dateFor(i, count)
    const log = {
      title: `New ${pick(WORDS, i)} for ${pick(PLACES, i)} ${i}`,
      community: pick(communityIds, i),
      date: at,
      partner: pick(partners, i).id,
      whatChanged: `After our meeting the partner agreed to fund a ${pick(WORDS, i)}. `.repeat(4),
      method: pick(INFLUENCE_METHODS, i).value,
      kind: pick(INFLUENCE_KINDS, i).value,
      theme: pick(THEMES, i).value,
      partnerConfirmation_status: 'unconfirmed',
      celebrate: i % 10 === 0,
      askPartnerToConfirm: false,
      updatedAt: at,
      createdAt: at,
      _status: 'published',
    }
    logs.push({ id, ...log })
    const output = { id: rowId(), text: `A ${pick(WORDS, i + 3)} opened.` }
    outputs.push({ _order: 1, _parentID: id, ...output })
    versions.push({
      id: firstVersion + i,
      parent: id,
      ...Object.fromEntries(Object.entries(log).map(([key, value]) => [`version_${key}`, value])),
      createdAt: at,
      updatedAt: at,
      latest: true,
    })
    versionOutputs.push({ _order: 1, _parentID: firstVersion + i, text: output.text, _uuid: output.id })
  }
  await insertAll(payload, 'influence_logs', logs)
  await insertAll(payload, 'influence_logs_outputs', outputs)
  await insertAll(payload, '_influence_logs_v', versions)
  await insertAll(payload, '_influence_logs_v_version_outputs', versionOutputs)
}

/** Seeds `documents` each of responses, equality answers, subscribers, newsletter mail and influence logs. */
export const seedAtScale = async (payload: Payload, documents: number, progress: (step: string) => void): Promise<AtScale> => {
  const admin = { email: 'bench-admin@example.org', password: 'correct horse battery staple' }
  await payload.create({ collection: 'users', data: { ...admin, name: 'Bench Admin', role: 'admin' } })
  progress('communities')
  const communityIds = await seedCommunities(payload, 2000)
  progress('consultations')
  const consultations = await seedConsultations(payload, communityIds, 30)
  progress('responses and equality answers')
  await seedResponses(payload, consultations, communityIds, documents)
  progress('subscribers')
  const subscribers = await seedSubscribers(payload, communityIds, documents)
  progress('newsletter mail')
  const newsletterIds = await seedNewsletterMail(payload, subscribers, documents)
  progress('influence logs')
  await seedInfluenceLogs(payload, communityIds, documents)
  return { documents, admin, consultationIds: consultations.map((c) => c.id), newsletterIds, communityIds }
}
