import type { Payload } from 'payload'

import type { Response } from '../payload-types'
import { COMMUNITY_KINDS, THEMES } from '../shared/options'
import { PARTNER_KINDS } from '../shared/options'
import { boundaryAround } from './boundary'
import { type Random, createRandom } from './random'
import { paragraphs } from './richText'

type ID = number | string

/** One rebuild after the whole dataset, not one per document. */
// Seeding rebuilds the site and the search index once at the end, not once per document.
const noRebuild = { siteRebuild: false, searchSync: false }
export type ScaleProgress = (line: { step: string; done: number; total: number }) => void
export type ScaleOptions = { seed: number; communities: number }

const START = [
  'Ash',
  'Brack',
  'Cold',
  'Dun',
  'Elm',
  'Fern',
  'Gore',
  'Hazel',
  'Ivy',
  'Kel',
  'Lark',
  'Marl',
  'Nether',
  'Oak',
  'Pen',
  'Rook',
  'Sedge',
  'Thorn',
  'Wil',
  'Yar',
]
const END = ['bury', 'combe', 'field', 'ford', 'ham', 'hithe', 'ley', 'mere', 'stead', 'thorpe', 'ton', 'wick', 'worth', 'dale', 'well']
const SUFFIX = ['', '', '', ' Green', ' Magna', ' End', ' Parva', ' Heath', ' St Mary', ' Cross']
const SUBJECTS = [
  'bus shelter',
  'footpath',
  'village hall roof',
  'speed limit',
  'youth club',
  'GP parking',
  'flood gully',
  'EV charger',
  'broadband cabinet',
  'allotments',
  'play area',
  'library hours',
  'litter bins',
  'street lights',
  'community orchard',
]
const VERBS = ['repaired', 'extended', 'agreed', 'funded', 'reopened', 'redesigned', 'moved', 'added', 'kept open', 'improved']

const placeName = (random: Random, used: Set<string>): string => {
  for (;;) {
    const name = `${random.pick(START)}${random.pick(END)}${random.pick(SUFFIX)}`
    const unique = used.has(name) ? `${name} ${used.size}` : name
    if (!used.has(unique)) {
      used.add(unique)
      return unique
    }
  }
}

const sentence = (random: Random, place: string): string =>
  `The ${random.pick(SUBJECTS)} in ${place} was ${random.pick(VERBS)} after residents raised it with the ${random.pick(['council', 'health partnership', 'network operator', 'bus company', 'police team'])}.`

/**
 * A deterministic district of `communities` places (500 by default) and everything that hangs
 * off them: about 20 documents per community, over 10,000 in all, the same for the same seed.
 */
export const seedScale = async (payload: Payload, options: ScaleOptions, onProgress: ScaleProgress = () => {}): Promise<{ items: number }> => {
  const existing = await payload.count({ collection: 'communities' })
  if (existing.totalDocs > 0) throw new Error('The scale dataset needs an empty database. Point SQLITE_PATH (or DATABASE_URI) at a new one.')

  const random = createRandom(options.seed)
  const per = options.communities / 500
  const count = (base: number) => Math.max(1, Math.round(base * per))
  const base = new Date(Date.UTC(2026, 0, 1)).getTime()
  const day = 24 * 60 * 60 * 1000
  let items = 0

  const run = async <T>(step: string, total: number, make: (index: number) => Promise<T>): Promise<T[]> => {
    const made: T[] = []
    for (let index = 0; index < total; index += 1) {
      made.push(await make(index))
      items += 1
      if ((index + 1) % 25 === 0 || index + 1 === total) onProgress({ step, done: index + 1, total })
    }
    return made
  }

  const partnerIds = await run('Partners', count(40), async (index) => {
    const doc = await payload.create({
      collection: 'partners',
      depth: 0,
      context: noRebuild,
      data: { name: `Partner body ${index + 1}`, slug: `partner-${index + 1}`, kind: random.pick(PARTNER_KINDS).value },
    })
    return doc.id
  })
  const strategyIds = await run('Partner strategies', partnerIds.length * 2, async (index) => {
    const doc = await payload.create({
      collection: 'partner-strategies',
      depth: 0,
      context: noRebuild,
      data: {
        name: `Strategy ${index + 1}`,
        kind: index % 2 === 0 ? 'local-development-plan' : 'locality-plan',
        partner: partnerIds[Math.floor(index / 2)] as number,
      },
    })
    return doc.id
  })

  const names = new Set<string>()
  const places = await run('Communities', options.communities, async (index) => {
    const name = placeName(random, names)
    const doc = await payload.create({
      collection: 'communities',
      depth: 0,
      context: noRebuild,
      data: {
        name,
        slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index + 1}`,
        kind: random.pick(COMMUNITY_KINDS).value,
        summary: `${name} is a ${random.pick(['small', 'growing', 'busy', 'quiet'])} place whose residents are writing their own plan. ${sentence(random, name)}`,
        population: random.int(200, 20000),
        boundary: JSON.stringify(boundaryAround([-3 + (index % 25) * 0.08, 51 + Math.floor(index / 25) * 0.05], 1.2, random, 8)),
      },
    })
    return { id: doc.id as ID, name }
  })

  const clusterIds = await run('Clusters', count(50), async (index) => {
    const members = random.sample(places, random.int(5, 10))
    const doc = await payload.create({
      collection: 'clusters',
      depth: 0,
      context: noRebuild,
      data: {
        name: `${members[0]?.name ?? 'Valley'} Cluster ${index + 1}`,
        slug: `cluster-${index + 1}`,
        members: members.map((member) => member.id as number),
        approach: random.chance(0.5) ? 'joint-plan' : 'area-plan',
      },
    })
    return doc.id
  })

  await run('Plans', places.length, async (index) => {
    const place = places[index] as { id: ID; name: string }
    const themes = random.sample(
      THEMES.map((theme) => theme.value),
      4,
    )
    return payload.create({
      collection: 'plans',
      depth: 0,
      context: noRebuild,
      data: {
        title: `${place.name} Community Plan`,
        slug: `plan-${index + 1}`,
        community: place.id as number,
        period: { startYear: 2025, endYear: 2030 },
        vision: paragraphs([`A ${place.name} where everyone has a say.`, sentence(random, place.name)]),
        priorities: themes.map((theme) => ({ theme, summary: `Residents ranked ${theme} among their top concerns.` })),
        actions: Array.from({ length: 8 }, (_, action) => {
          const status = random.pick(['not-started', 'in-progress', 'done', 'stalled'] as const)
          return {
            title: `${random.pick(VERBS)} the ${random.pick(SUBJECTS)}`.replace(/^./, (first) => first.toUpperCase()),
            description: sentence(random, place.name),
            theme: themes[action % themes.length] as (typeof themes)[number],
            leadGroup: `${place.name} ${random.pick(['Partnership', 'Parish Council', 'Residents Group'])}`,
            status,
            progress: status === 'done' ? 100 : status === 'not-started' ? 0 : random.int(5, 95),
            partners: [random.pick<number>(partnerIds)],
            strategy: random.pick<number>(strategyIds),
          }
        }),
        _status: 'published',
      },
    })
  })

  const consultationQuestions = await run('Consultations', places.length * 2, async (index) => {
    const place = places[Math.floor(index / 2)] as { id: ID; name: string }
    const opens = base + random.int(-400, 60) * day
    const doc = await payload.create({
      collection: 'consultations',
      depth: 0,
      context: noRebuild,
      data: {
        title: `Have your say on the ${random.pick(SUBJECTS)} in ${place.name}`,
        slug: `consultation-${index + 1}`,
        communities: [place.id as number],
        summary: sentence(random, place.name),
        opensAt: new Date(opens).toISOString(),
        closesAt: new Date(opens + random.int(14, 60) * day).toISOString(),
        questions: [
          { prompt: 'How much does this matter to you?', kind: 'scale', required: true },
          {
            prompt: 'Which option do you prefer?',
            kind: 'single',
            required: false,
            options: [{ label: 'Option A' }, { label: 'Option B' }, { label: 'Neither' }],
          },
          { prompt: 'Anything else we should know?', kind: 'text', required: false },
        ],
        _status: 'published',
      },
    })
    return doc
  })

  await run('Responses', count(2000), async (index) => {
    const consultation = consultationQuestions[index % consultationQuestions.length]
    const [scale, choice, text] = consultation?.questions ?? []
    const option = random.pick(choice?.options ?? [])
    const answers: NonNullable<Response['answers']> = [
      { question: scale?.id as string, rating: random.int(1, 5) },
      { question: choice?.id as string, choices: [option.id as string] },
      { question: text?.id as string, text: sentence(random, 'our village') },
    ]
    return payload.create({
      collection: 'responses',
      depth: 0,
      context: noRebuild,
      data: {
        consultation: consultation?.id as number,
        reference: `R-SCALE-${index + 1}`,
        channel: random.pick(['online', 'paper', 'event'] as const),
        moderation: 'pending',
        answers,
      },
    })
  })

  await run('Influence logs', count(6000), async (index) => {
    const place = random.pick(places)
    const inCluster = index % 10 === 0
    return payload.create({
      collection: 'influence-logs',
      depth: 0,
      context: noRebuild,
      data: {
        title: `${sentence(random, place.name).slice(0, 120)} (${index + 1})`,
        ...(inCluster ? { cluster: random.pick<number>(clusterIds) } : { community: place.id as number }),
        date: new Date(base - random.int(1, 3 * 365) * day).toISOString(),
        partner: random.pick<number>(partnerIds),
        whatChanged: sentence(random, place.name),
        method: random.pick(['written-plan', 'relationships', 'joint-working'] as const),
        kind: random.pick(['led-delivery', 'got-others-to-deliver', 'encouraged-others', 'changed-policy'] as const),
        outputs: [{ text: `${random.pick(SUBJECTS)} ${random.pick(VERBS)}` }],
        outcomes: random.chance(0.7) ? [{ text: 'Residents say it makes daily life easier.' }] : [],
        moneyInfluenced: random.chance(0.5) ? random.int(100, 500000) + random.int(0, 99) / 100 : undefined,
        partnerConfirmation: { status: random.pick(['unconfirmed', 'confirmed', 'confirmed', 'disputed'] as const) },
        celebrate: random.chance(0.6),
        _status: 'published',
      },
    })
  })

  await run('Guidance', count(20), async (index) =>
    payload.create({
      collection: 'guidance',
      depth: 0,
      context: noRebuild,
      data: {
        title: `Toolkit ${index + 1}: ${random.pick(SUBJECTS)}`,
        slug: `toolkit-${index + 1}`,
        summary: 'How to take a local idea from a conversation to a result.',
        audience: ['volunteers'],
        steps: [1, 2, 3].map((step) => ({
          heading: `Step ${step}`,
          body: paragraphs([sentence(random, 'your community')]),
          checklist: [{ item: 'Agree who leads' }],
        })),
        _status: 'published',
      },
    }),
  )

  return { items }
}
