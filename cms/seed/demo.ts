import type { Payload } from 'payload'

import { DEFAULT_SITE_SETTINGS } from '../shared/siteSettings'
import { DEMO_SITE_SETTINGS } from './content/site-settings'

import { sendNewsletter } from '../newsletters/sendNewsletter'
import type { Answer } from '../lib/answers'
import { boundaryAround } from './boundary'
import { achievementReports, clusters, communities, consultations, events, guidance, influenceLogs, partners, plans } from './content'
import { type Tally, ensure } from './ensure'
import { landscapeJpeg } from './picture'
import { textPdf } from './document'
import { DEMO_AGE_WEIGHTS, demoProfile } from './profile'
import { createRandom, hashSeed } from './random'
import { paragraphs } from './richText'
import { DEMO_MEMBER_NEWSLETTER_SUBJECT, DEMO_NEWSLETTER_SUBJECT, demoMemberNewsletter, demoNewsletter } from './newsletters'
import { demoSubscribers } from './subscribers'
import { DEMO_USERS, demoPassword } from './users'
import type { ConsultationSeed, EventSeed, EvidenceSeed, InfluenceLogSeed, OwnerSeed } from './types'

type ID = number | string
export type SeedProgress = (line: { step: string; index: number; total: number; tally: Tally }) => void

const DAY = 24 * 60 * 60 * 1000

/** Seed days are counted from midnight UTC, so two runs on one day give the same dates. */
const daysFromToday = (days: number, hour = 9): string => {
  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  return new Date(today.getTime() + days * DAY + hour * 60 * 60 * 1000).toISOString()
}

const evidenceOf = (evidence: EvidenceSeed[] | undefined) => evidence?.map((item) => ({ ...item, date: new Date(`${item.date}T12:00:00Z`).toISOString() }))

const idOf = (ids: Map<string, ID>, kind: string, key: string): ID => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Demo content refers to ${kind} "${key}", which is not in the demo content.`)
  return id
}

/**
 * Fills the database with the fictional Harrowdale district. Every item is found by its natural
 * key before it is created, so running it again changes nothing and a crashed run resumes.
 */
export const seedDemo = async (payload: Payload, onProgress: SeedProgress = () => {}): Promise<Tally> => {
  const tally: Tally = { created: 0, existing: 0 }
  const communityIds = new Map<string, ID>()
  const clusterIds = new Map<string, ID>()
  const partnerIds = new Map<string, ID>()
  const strategyIds = new Map<string, ID>()
  const planIds = new Map<string, ID>()

  const owner = (seed: OwnerSeed) =>
    seed.community !== undefined
      ? { community: idOf(communityIds, 'community', seed.community) as number }
      : { cluster: idOf(clusterIds, 'cluster', seed.cluster) as number }

  /** An influence log's plan actions, found by the plan's slug and the action's title. */
  const advancedActionsOf = async (advances: InfluenceLogSeed['advances']) => {
    const links = []
    for (const { plan: slug, action: title } of advances ?? []) {
      const plan = await payload.findByID({ collection: 'plans', id: idOf(planIds, 'plan', slug), depth: 0, draft: true, select: { actions: true } })
      const action = (plan.actions ?? []).find((candidate) => candidate.title === title)
      if (!action?.id) throw new Error(`Demo content refers to the action "${title}", which plan "${slug}" does not have.`)
      links.push({ plan: plan.id, action: action.id })
    }
    return links
  }

  const seedEvent = (event: EventSeed, consultationId?: ID) =>
    ensure(payload, tally, 'events', { slug: { equals: event.slug } }, () => ({
      title: event.title,
      slug: event.slug,
      ...owner(event.owner),
      kind: event.kind,
      summary: event.summary,
      startsAt: daysFromToday(event.startsInDays, event.startHour),
      endsAt: daysFromToday(event.startsInDays, event.startHour + event.hours),
      venue: event.venue,
      consultation: consultationId as number | undefined,
      partners: (event.partners ?? []).map((slug) => idOf(partnerIds, 'partner', slug) as number),
      _status: 'published',
    }))

  const steps: Array<[string, () => Promise<void>]> = [
    [
      'Site settings',
      async () => {
        // Only a fresh install's defaults are replaced: an editor's own settings are kept.
        const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
        if (current.name && current.name !== DEFAULT_SITE_SETTINGS.name) return void (tally.existing += 1)
        await payload.updateGlobal({ slug: 'site-settings', depth: 0, data: DEMO_SITE_SETTINGS })
        tally.created += 1
      },
    ],
    [
      'Communities and their pictures',
      async () => {
        for (const community of communities) {
          const random = createRandom(community.slug)
          const picture = await ensure(
            payload,
            tally,
            'media',
            { filename: { equals: `${community.slug}.jpg` } },
            () => ({ alt: community.picture.alt }),
            async () => {
              const data = await landscapeJpeg(community.picture, random)
              return { data, mimetype: 'image/jpeg', name: `${community.slug}.jpg`, size: data.length }
            },
          )
          const doc = await ensure(payload, tally, 'communities', { slug: { equals: community.slug } }, () => ({
            name: community.name,
            slug: community.slug,
            kind: community.kind,
            summary: community.summary,
            population: community.population,
            profile: community.population ? demoProfile(community.population) : undefined,
            contact: community.contact,
            evidence: evidenceOf(community.evidence),
            heroImage: picture.id,
            boundary: JSON.stringify(boundaryAround(community.centre, community.radiusKm, random)),
          }))
          communityIds.set(community.slug, doc.id)
        }
      },
    ],
    [
      'Clusters',
      async () => {
        for (const cluster of clusters) {
          const doc = await ensure(payload, tally, 'clusters', { slug: { equals: cluster.slug } }, () => ({
            ...cluster,
            members: cluster.members.map((slug) => idOf(communityIds, 'community', slug) as number),
            membership: cluster.membership?.map((span) => ({
              community: idOf(communityIds, 'community', span.community) as number,
              joined: span.joined === undefined ? undefined : new Date(`${span.joined}T12:00:00Z`).toISOString(),
              left: span.left === undefined ? undefined : new Date(`${span.left}T12:00:00Z`).toISOString(),
            })),
          }))
          clusterIds.set(cluster.slug, doc.id)
        }
      },
    ],
    [
      'Partners and their strategies',
      async () => {
        for (const { strategies, ...partner } of partners) {
          const doc = await ensure(payload, tally, 'partners', { slug: { equals: partner.slug } }, () => partner)
          partnerIds.set(partner.slug, doc.id)
          for (const strategy of strategies) {
            const saved = await ensure(payload, tally, 'partner-strategies', { name: { equals: strategy.name } }, () => ({ ...strategy, partner: doc.id }))
            strategyIds.set(strategy.name, saved.id)
          }
        }
      },
    ],
    [
      'Plans and their actions',
      async () => {
        for (const plan of plans) {
          const doc = await ensure(payload, tally, 'plans', { slug: { equals: plan.slug } }, () => ({
            title: plan.title,
            slug: plan.slug,
            ...owner(plan.owner),
            period: { startYear: plan.startYear, endYear: plan.endYear },
            kind: plan.kind,
            standing: plan.standing,
            standingPartner: plan.standingPartner === undefined ? undefined : (idOf(partnerIds, 'partner', plan.standingPartner) as number),
            lastReviewed: plan.lastReviewed === undefined ? undefined : new Date(`${plan.lastReviewed}T12:00:00Z`).toISOString(),
            reviewDate: plan.reviewDate === undefined ? undefined : new Date(`${plan.reviewDate}T12:00:00Z`).toISOString(),
            evidence: evidenceOf(plan.evidence),
            vision: paragraphs(plan.vision),
            priorities: plan.priorities,
            actions: plan.actions.map((action) => ({
              ...action,
              partners: action.partners.map((slug) => idOf(partnerIds, 'partner', slug) as number),
              strategy: action.strategy === undefined ? undefined : (idOf(strategyIds, 'strategy', action.strategy) as number),
              communities: action.communities?.map((slug) => idOf(communityIds, 'community', slug) as number),
              updates: action.updates?.map((update) => ({ ...update, date: new Date(`${update.date}T12:00:00Z`).toISOString() })),
            })),
            _status: plan.published ? 'published' : 'draft',
          }))
          planIds.set(plan.slug, doc.id)
        }
        // Links between plans, once every plan exists: the plan that replaced it, the area plan it feeds.
        for (const plan of plans) {
          if (!plan.supersededBy && !plan.feeds) continue
          const id = idOf(planIds, 'plan', plan.slug)
          const current = await payload.findByID({ collection: 'plans', id, depth: 0, select: { supersededBy: true, feedsPlan: true } })
          const data = {
            ...(plan.supersededBy && !current.supersededBy ? { supersededBy: idOf(planIds, 'plan', plan.supersededBy) as number } : {}),
            ...(plan.feeds && !current.feedsPlan ? { feedsPlan: idOf(planIds, 'plan', plan.feeds) as number } : {}),
          }
          if (Object.keys(data).length === 0) continue
          await payload.update({ collection: 'plans', id, data, depth: 0, context: { siteRebuild: false, searchSync: false } })
        }
      },
    ],
    [
      'Consultations and responses',
      async () => {
        // Events come with their consultation, so that its paper and event responses can name them.
        const eventsOf = async (consultation: ConsultationSeed, consultationId: ID) => {
          const held: Array<{ id: ID; past: boolean }> = []
          for (const event of events.filter((candidate) => candidate.consultation === consultation.slug))
            held.push({ id: (await seedEvent(event, consultationId)).id, past: event.startsInDays < 0 })
          return held
        }
        for (const consultation of consultations) await seedConsultation(payload, tally, consultation, communityIds, clusterIds, eventsOf)
        for (const event of events.filter((candidate) => candidate.consultation === undefined)) await seedEvent(event)
      },
    ],
    [
      'Guidance toolkits',
      async () => {
        for (const toolkit of guidance) {
          const template = (download: { filename: string; label: string; text: string }) =>
            ensure(
              payload,
              tally,
              'media',
              { filename: { equals: download.filename } },
              () => ({ alt: download.label }),
              () =>
                Promise.resolve({ data: Buffer.from(download.text), mimetype: 'text/csv', name: download.filename, size: Buffer.byteLength(download.text) }),
            ).then((file) => file.id)
          const steps: Array<{ heading: string; body: ReturnType<typeof paragraphs>; checklist: Array<{ item: string }>; downloads: number[] }> = []
          for (const step of toolkit.steps) {
            const downloads: number[] = []
            for (const download of step.downloads ?? []) downloads.push(await template(download))
            steps.push({ heading: step.heading, body: paragraphs(step.body), checklist: step.checklist.map((item) => ({ item })), downloads })
          }
          await ensure(payload, tally, 'guidance', { slug: { equals: toolkit.slug } }, () => ({ ...toolkit, steps, _status: 'published' }))
        }
      },
    ],
    [
      'Influence logs',
      async () => {
        for (const log of influenceLogs) {
          await ensure(payload, tally, 'influence-logs', { title: { equals: log.title } }, async () => ({
            title: log.title,
            ...owner(log.owner),
            date: new Date(`${log.date}T12:00:00Z`).toISOString(),
            partner: idOf(partnerIds, 'partner', log.partner) as number,
            whatChanged: log.whatChanged,
            method: log.method,
            kind: log.kind,
            theme: log.theme,
            outputs: log.outputs.map((text) => ({ text })),
            outcomes: log.outcomes.map((text) => ({ text })),
            moneyInfluenced: log.moneyInfluenced,
            partnerConfirmation: {
              status: log.confirmation,
              respondedAt: log.confirmation === 'unconfirmed' ? undefined : new Date(new Date(`${log.date}T12:00:00Z`).getTime() + 14 * DAY).toISOString(),
              comment: log.confirmationComment,
              // Unanswered entries were sent to the partner two days after they happened; the older
              // ones show on the dashboard as waiting too long.
              requestedAt: log.confirmation === 'unconfirmed' ? new Date(new Date(`${log.date}T12:00:00Z`).getTime() + 2 * DAY).toISOString() : undefined,
            },
            celebrate: log.celebrate,
            advancedActions: await advancedActionsOf(log.advances),
            _status: 'published',
          }))
        }
      },
    ],
    [
      'Annual report introductions',
      async () => {
        for (const report of achievementReports) {
          await ensure(payload, tally, 'achievement-reports', { narrative: { equals: report.narrative } }, () => ({
            ...(report.owner ? owner(report.owner) : {}),
            year: report.year,
            narrative: report.narrative,
            _status: 'published',
          }))
        }
      },
    ],
    [
      'Consultation follow-ups',
      async () => {
        for (const seed of consultations) {
          const wanted = seed.feedback?.followUps
          if (!wanted) continue
          const { docs } = await payload.find({
            collection: 'consultations',
            where: { slug: { equals: seed.slug } },
            limit: 1,
            depth: 0,
            select: { feedback: true },
          })
          const consultation = docs[0]
          if (!consultation || (consultation.feedback?.followUps ?? []).length > 0) continue
          const logs = await payload.find({
            collection: 'influence-logs',
            where: { title: { in: wanted.influenceLogs ?? [] } },
            depth: 0,
            pagination: false,
            select: { title: true },
          })
          const followUps = [
            ...(wanted.plans ?? []).map((slug) => ({ relationTo: 'plans' as const, value: idOf(planIds, 'plan', slug) as number })),
            ...logs.docs.map((log) => ({ relationTo: 'influence-logs' as const, value: log.id })),
          ]
          await payload.update({
            collection: 'consultations',
            id: consultation.id,
            data: { feedback: { ...consultation.feedback, followUps } },
            depth: 0,
            context: { siteRebuild: false, searchSync: false },
          })
        }
      },
    ],
    [
      'Newsletter subscribers',
      async () => {
        for (const subscriber of demoSubscribers([...communityIds.values()], [...clusterIds.values()])) {
          await ensure(payload, tally, 'subscribers', { email: { equals: subscriber.email } }, () => subscriber)
        }
      },
    ],
    [
      'A newsletter, sent',
      async () => {
        const newsletter = await ensure(payload, tally, 'newsletters', { subject: { equals: DEMO_NEWSLETTER_SUBJECT } }, () => demoNewsletter(payload))
        await sendNewsletter(payload, newsletter.id)
      },
    ],
    [
      'A partnership’s newsletter, waiting for an editor',
      async () => {
        await ensure(payload, tally, 'newsletters', { subject: { equals: DEMO_MEMBER_NEWSLETTER_SUBJECT } }, () =>
          demoMemberNewsletter(payload, idOf(communityIds, 'community', 'gorsey-bank') as number),
        )
      },
    ],
    [
      'Demo accounts',
      async () => {
        for (const user of DEMO_USERS) {
          await ensure(payload, tally, 'users', { email: { equals: user.email } }, () => ({
            name: user.name,
            email: user.email,
            password: demoPassword(),
            role: user.role,
            communities: user.communities.map((slug) => idOf(communityIds, 'community', slug) as number),
            clusters: user.clusters.map((slug) => idOf(clusterIds, 'cluster', slug) as number),
          }))
        }
      },
    ],
  ]

  for (const [index, [step, run]] of steps.entries()) {
    await run()
    onProgress({ step, index: index + 1, total: steps.length, tally })
  }
  return tally
}

const seedConsultation = async (
  payload: Payload,
  tally: Tally,
  seed: ConsultationSeed,
  communityIds: Map<string, ID>,
  clusterIds: Map<string, ID>,
  eventsOf: (seed: ConsultationSeed, consultationId: ID) => Promise<Array<{ id: ID; past: boolean }>>,
): Promise<void> => {
  const attached = seed.document
    ? await ensure(
        payload,
        tally,
        'media',
        { filename: { equals: seed.document.filename } },
        () => ({ alt: seed.document!.title }),
        () => {
          const data = textPdf(seed.document!.title, seed.document!.lines)
          return Promise.resolve({ data, mimetype: 'application/pdf', name: seed.document!.filename, size: data.length })
        },
      )
    : undefined
  const doc = await ensure(payload, tally, 'consultations', { slug: { equals: seed.slug } }, () => ({
    title: seed.title,
    slug: seed.slug,
    ...(seed.owner.cluster !== undefined
      ? { cluster: idOf(clusterIds, 'cluster', seed.owner.cluster) as number }
      : { communities: (seed.owner.communities ?? []).map((slug) => idOf(communityIds, 'community', slug) as number) }),
    summary: seed.summary,
    opensAt: daysFromToday(seed.opensInDays),
    closesAt: daysFromToday(seed.closesInDays, 17),
    asksOwnAge: seed.asksOwnAge ?? false,
    otherWays: seed.otherWays,
    documents: attached && seed.document ? [{ title: seed.document.title, file: attached.id }] : [],
    questions: seed.questions.map(({ prompt, hint, kind, required, options, scaleLabels }) => ({
      prompt,
      hint,
      kind,
      required,
      options: options?.map((label) => ({ label })),
      scaleLabels,
    })),
    feedback: seed.feedback && {
      youSaid: seed.feedback.youSaid,
      weDid: seed.feedback.weDid,
      reportedAt: daysFromToday(seed.feedback.reportedInDays, 12),
    },
    _status: 'published',
  }))

  const heldAt = (await eventsOf(seed, doc.id)).filter((event) => event.past).map((event) => event.id)
  const random = createRandom(hashSeed(seed.slug))
  const saved = doc.questions ?? []
  // Each written answer is quoted at most once: the same words twice would read as two voices.
  const quoted = new Set<string>()
  const places = Object.entries(seed.livesIn ?? {})
  const placeWeight = places.reduce((sum, [, weight]) => sum + weight, 0)
  const livesIn = (): ID | undefined => {
    let roll = random.next() * Math.max(placeWeight, 1) * 1.05
    for (const [slug, weight] of places) {
      if (roll < weight) return idOf(communityIds, 'community', slug)
      roll -= weight
    }
    return undefined
  }
  for (let number = 1; number <= seed.responses; number += 1) {
    const reference = `R-DEMO-${seed.slug.slice(0, 12).toUpperCase()}-${String(number).padStart(3, '0')}`
    const answers: Array<Answer & { quote?: boolean }> = []
    seed.questions.forEach((question, index) => {
      const id = saved[index]?.id
      if (!id || (!question.required && random.chance(0.3))) return
      const optionIds = (saved[index]?.options ?? []).map((option) => option.id).filter((optionId): optionId is string => Boolean(optionId))
      if (question.kind === 'text') {
        const text = random.pick(seed.sampleAnswers[question.key] ?? ['No comment.'])
        // Once results are out, editors have picked a few written answers to quote.
        const quote = Boolean(seed.feedback) && !quoted.has(text) && random.chance(0.25)
        if (quote) quoted.add(text)
        answers.push({ question: id, text, quote })
      }
      if (question.kind === 'single') answers.push({ question: id, choices: [random.pick(optionIds)] })
      if (question.kind === 'multiple') answers.push({ question: id, choices: random.sample(optionIds, random.int(1, Math.min(3, optionIds.length))) })
      if (question.kind === 'scale') answers.push({ question: id, rating: random.pick([1, 2, 3, 3, 4, 4, 4, 5, 5]) })
    })
    const community = places.length > 0 ? livesIn() : undefined
    const channel = random.pick(['online', 'online', 'online', 'online', 'online', 'online', 'paper', 'paper', 'event'] as const)
    // Paper forms and event answers came from the consultation's drop-ins, where it had any.
    const event = channel !== 'online' && heldAt.length > 0 ? random.pick(heldAt) : undefined
    await ensure(payload, tally, 'responses', { reference: { equals: reference } }, () => ({
      consultation: doc.id,
      reference,
      community: community as number | undefined,
      event: event as number | undefined,
      channel,
      moderation: seed.feedback ? random.pick(['approved', 'approved', 'approved', 'rejected', 'pending'] as const) : 'pending',
      answers: answers.map((answer) => ({ ...answer, choices: answer.choices ? [...answer.choices] : undefined })),
    }))
  }
  // About you answers, kept apart from the responses: made once, in a stream of their own.
  const made = seed.equalityAnswers ? (await payload.count({ collection: 'equality-answers', where: { consultation: { equals: doc.id } } })).totalDocs : 0
  tally.existing += made
  if (seed.equalityAnswers && made === 0) {
    const about = createRandom(`${seed.slug}-about-you`)
    const weighted = (weights: Array<[string, number]>) => {
      let roll = about.next() * weights.reduce((sum, [, weight]) => sum + weight, 0)
      for (const [value, weight] of weights) {
        if (roll < weight) return value
        roll -= weight
      }
      return weights[0]![0]
    }
    for (let count = 0; count < seed.equalityAnswers; count += 1) {
      await payload.create({
        collection: 'equality-answers',
        depth: 0,
        context: { siteRebuild: false, searchSync: false },
        data: {
          consultation: doc.id,
          ageBand: weighted(DEMO_AGE_WEIGHTS) as 'under-16',
          disability: weighted([
            ['yes', 30],
            ['no', 65],
            ['prefer-not-to-say', 5],
          ]) as 'yes',
          ethnicGroup: weighted([
            ['white', 95],
            ['asian', 2],
            ['mixed', 1],
            ['prefer-not-to-say', 2],
          ]) as 'white',
        },
      })
      tally.created += 1
    }
  }
}
