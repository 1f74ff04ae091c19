import type { Theme } from '../shared/options'
import type { QuestionKind } from '../lib/answers'

/**
 * The shape of hand-written demo content. Everything refers to other items by slug (or name),
 * so the seed can find what already exists and a second run changes nothing.
 */

/** A survey, audit or count a plan or community rests on. Dates are ISO, e.g. "2024-10-01". */
export type EvidenceSeed = {
  title: string
  kind: 'survey' | 'audit' | 'event' | 'statistics' | 'other'
  date: string
  source: string
  url?: string
}

export type CommunitySeed = {
  name: string
  slug: string
  kind: 'parish' | 'town' | 'village' | 'neighbourhood' | 'ward'
  summary: string
  population?: number
  contact: { name: string; email: string; phone?: string }
  /** Centre of the generated boundary, [longitude, latitude]; radius in kilometres. */
  centre: [number, number]
  radiusKm: number
  /** Colours of the generated landscape picture and what it shows, for its alt text. */
  picture: { sky: string; land: string; alt: string }
  evidence?: EvidenceSeed[]
}

export type ClusterSeed = {
  name: string
  slug: string
  summary: string
  members: string[]
  approach: 'joint-plan' | 'area-plan'
  coordinator: { name: string; email: string }
  /** When members joined or left (ISO dates); members not listed count in every year. */
  membership?: Array<{ community: string; joined?: string; left?: string }>
}

export type StrategySeed = {
  name: string
  kind:
    | 'local-development-plan'
    | 'locality-plan'
    | 'local-transport-plan'
    | 'health-wellbeing-strategy'
    | 'housing-strategy'
    | 'network-development-plan'
    | 'community-safety-plan'
    | 'other'
  url?: string
  summary: string
}

export type PartnerSeed = {
  name: string
  slug: string
  kind: 'council' | 'health' | 'energy-network' | 'police' | 'housing' | 'transport' | 'other'
  website?: string
  contact: { name: string; email: string }
  strategies: StrategySeed[]
}

/** Exactly one of the two. */
export type OwnerSeed = { community: string; cluster?: never } | { cluster: string; community?: never }

export type ActionSeed = {
  title: string
  description: string
  theme: Theme
  leadGroup: string
  status: 'not-started' | 'in-progress' | 'done' | 'stalled'
  /** 0 when not started, 100 when done. */
  progress: number
  /** ISO date, e.g. "2026-09-01". */
  targetDate?: string
  partners: string[]
  /** Name of one of those partners' strategies. */
  strategy?: string
  /** In a cluster's joint plan: the member communities (slugs) the action belongs to. */
  communities?: string[]
  /** Dated progress, oldest first; the last one matches `status` and `progress`. */
  updates?: Array<{ date: string; note: string; status: ActionSeed['status']; progress: number }>
}

export type PlanSeed = {
  title: string
  slug: string
  owner: OwnerSeed
  startYear: number
  endYear: number
  supersededBy?: string
  /** Slug of the area plan this plan feeds, in an area-plan cluster. */
  feeds?: string
  kind?: 'community-action-plan' | 'local-place-plan' | 'neighbourhood-plan' | 'parish-plan'
  standing?: 'draft-for-comment' | 'adopted' | 'submitted' | 'registered' | 'under-review' | 'replaced'
  /** Slug of the partner it was submitted to or registered with. */
  standingPartner?: string
  lastReviewed?: string
  reviewDate?: string
  evidence?: EvidenceSeed[]
  published: boolean
  vision: string[]
  priorities: Array<{ theme: Theme; summary: string }>
  actions: ActionSeed[]
}

export type QuestionSeed = {
  /** Stable key used to generate answers; not shown. */
  key: string
  prompt: string
  hint?: string
  kind: QuestionKind
  required: boolean
  options?: string[]
  /** What 1 and 5 mean, for a scale. */
  scaleLabels?: { low: string; high: string }
}

export type ConsultationSeed = {
  title: string
  slug: string
  owner: { communities: string[]; cluster?: never } | { cluster: string; communities?: never }
  summary: string
  /** Days from the day the seed runs: negative is in the past. */
  opensInDays: number
  closesInDays: number
  questions: QuestionSeed[]
  /** A question of its own asks age, so the "About you" section leaves it out. */
  asksOwnAge?: boolean
  /** Post, phone, paper copies and formats on request. */
  otherWays?: { post?: string; phone?: string; phoneHours?: string; paperCopies?: string; formats?: string }
  /** A document to attach, made as a one-page PDF: what people need to read before answering. */
  document?: { title: string; filename: string; lines: string[] }
  /** How many demo responses to generate. */
  responses: number
  /** How many of them also answered the optional About you questions (stored apart). */
  equalityAnswers?: number
  /**
   * For a cluster or several communities: how the demo respondents are spread over the member
   * communities (slug to weight); whoever is left over lives elsewhere or did not say.
   */
  livesIn?: Record<string, number>
  /** Sample free-text answers the generator draws from, by question key. */
  sampleAnswers: Record<string, string[]>
  feedback?: {
    /** Quote numbers with live figures ({{count:2:Option}}), never typed: they must agree with the tables. */
    youSaid: string
    weDid: string
    reportedInDays: number
    /** What followed, linked under "We did": plan slugs and influence log titles. */
    followUps?: { plans?: string[]; influenceLogs?: string[] }
  }
}

export type GuidanceSeed = {
  title: string
  slug: string
  summary: string
  audience: Array<'residents' | 'volunteers' | 'partners'>
  topics: string[]
  /** `downloads` are template files (CSV) a step offers: name, what people see, and the file's text. */
  steps: Array<{ heading: string; body: string[]; checklist: string[]; downloads?: Array<{ filename: string; label: string; text: string }> }>
}

export type InfluenceLogSeed = {
  title: string
  owner: OwnerSeed
  /** ISO date. */
  date: string
  partner: string
  whatChanged: string
  method: 'written-plan' | 'relationships' | 'joint-working'
  kind: 'led-delivery' | 'got-others-to-deliver' | 'encouraged-others' | 'changed-policy'
  theme?: Theme
  outputs: string[]
  outcomes: string[]
  moneyInfluenced?: number
  confirmation: 'unconfirmed' | 'confirmed' | 'disputed'
  confirmationComment?: string
  celebrate: boolean
  /** Plan actions it advanced: the plan's slug and the action's title. */
  advances?: Array<{ plan: string; action: string }>
}

/** An annual report's introduction; no owner means the whole district's report. */
export type AchievementReportSeed = {
  owner?: OwnerSeed
  year: number
  narrative: string
}

export type EventSeed = {
  title: string
  slug: string
  owner: OwnerSeed
  kind: 'drop-in' | 'workshop' | 'stall' | 'partner-meeting'
  summary: string
  /** Days from the day the seed runs, and the UK-ish hour it starts; negative is in the past. */
  startsInDays: number
  startHour: number
  hours: number
  venue: { name: string; address?: string; access?: string }
  /** The consultation it collects answers for; its paper and event responses name this event. */
  consultation?: string
  partners?: string[]
}
