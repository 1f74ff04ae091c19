import { toCsv } from '../lib/csv'
import { OPEN_DATA_COLUMNS, openDataRows } from '../reports/openData'
import { consultationPhase } from '../shared/consultationPhase'
import { toPence } from '../shared/money'
import type { SiteSnapshot } from './snapshot'

/**
 * Everything the site publishes, as tables anyone may download: one CSV and one JSON file per
 * set, with the meaning of every column written down here and shown on the open data page.
 * Built from the public snapshot only, so nothing reaches a file that the site does not show.
 */
type Column = { readonly name: string; readonly meaning: string }
type Row = Record<string, string>

export type OpenDataSet = {
  name: string
  title: string
  description: string
  columns: readonly Column[]
  rows: (snapshot: SiteSnapshot) => Row[]
}

/** The licence every file is published under. */
export const OPEN_DATA_LICENCE = { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' }

type Ref = string | number | { id: string | number } | null | undefined
const idOf = (ref: Ref): string => (ref === null || ref === undefined ? '' : typeof ref === 'object' ? String(ref.id) : String(ref))
const day = (iso: string | null | undefined): string => (iso ? new Date(iso).toISOString().slice(0, 10) : '')
const joined = (items: ReadonlyArray<string | undefined>): string => items.filter((item): item is string => Boolean(item)).join(' | ')

const namer = (snapshot: SiteSnapshot) => {
  const names = new Map<string, string>([
    ...snapshot.communities.map((item) => [`communities:${item.id}`, item.name] as const),
    ...snapshot.clusters.map((item) => [`clusters:${item.id}`, item.name] as const),
    ...snapshot.partners.map((item) => [`partners:${item.id}`, item.name] as const),
    ...snapshot.strategies.map((item) => [`strategies:${item.id}`, item.name] as const),
    ...snapshot.plans.map((item) => [`plans:${item.id}`, item.title] as const),
  ])
  return (kind: 'communities' | 'clusters' | 'partners' | 'strategies' | 'plans', ref: Ref): string | undefined =>
    ref === null || ref === undefined ? undefined : names.get(`${kind}:${idOf(ref)}`)
}

const ownerColumns = [
  { name: 'owner_type', meaning: '“community” or “cluster”: whose it is.' },
  { name: 'owner', meaning: 'The community or cluster’s name.' },
] as const

const ownerOf = (name: ReturnType<typeof namer>, item: { community?: Ref; cluster?: Ref }) =>
  item.community
    ? { owner_type: 'community', owner: name('communities', item.community) ?? '' }
    : { owner_type: 'cluster', owner: name('clusters', item.cluster) ?? '' }

const communities: OpenDataSet = {
  name: 'communities',
  title: 'Communities',
  description: 'Every community with a page on the site.',
  columns: [
    { name: 'id', meaning: 'The community’s identifier, stable across downloads.' },
    { name: 'name', meaning: 'Its name.' },
    { name: 'slug', meaning: 'Its page address on this site: /communities/<slug>/.' },
    { name: 'kind', meaning: 'parish, town, village, neighbourhood or ward.' },
    { name: 'population', meaning: 'People living there, when known.' },
    { name: 'clusters', meaning: 'The clusters it plans with, separated by “ | ”.' },
    { name: 'evidence', meaning: 'Evidence documents about it: title (kind, source, YYYY-MM), separated by “ | ”.' },
  ],
  rows: (snapshot) =>
    snapshot.communities.map((community) => ({
      id: String(community.id),
      name: community.name,
      slug: community.slug ?? '',
      kind: community.kind,
      population: typeof community.population === 'number' ? String(community.population) : '',
      clusters: joined(
        snapshot.clusters.filter((cluster) => cluster.members.some((member) => idOf(member) === String(community.id))).map((cluster) => cluster.name),
      ),
      evidence: joined((community.evidence ?? []).map((item) => `${item.title} (${item.kind}, ${item.source}, ${day(item.date).slice(0, 7)})`)),
    })),
}

const clusters: OpenDataSet = {
  name: 'clusters',
  title: 'Clusters',
  description: 'Groups of communities that plan together, with their members.',
  columns: [
    { name: 'id', meaning: 'The cluster’s identifier.' },
    { name: 'name', meaning: 'Its name.' },
    { name: 'slug', meaning: 'Its page address: /clusters/<slug>/.' },
    { name: 'approach', meaning: 'joint-plan (one plan for all) or area-plan (each member’s plan feeds an area plan).' },
    { name: 'members', meaning: 'Member communities, separated by “ | ”.' },
  ],
  rows: (snapshot) => {
    const name = namer(snapshot)
    return snapshot.clusters.map((cluster) => ({
      id: String(cluster.id),
      name: cluster.name,
      slug: cluster.slug ?? '',
      approach: cluster.approach,
      members: joined(cluster.members.map((member) => name('communities', member))),
    }))
  },
}

const partners: OpenDataSet = {
  name: 'partners',
  title: 'Partners',
  description: 'Public bodies and organisations communities work with. No contact details.',
  columns: [
    { name: 'id', meaning: 'The partner’s identifier.' },
    { name: 'name', meaning: 'Its name.' },
    { name: 'slug', meaning: 'Its page address: /partners/<slug>/.' },
    { name: 'kind', meaning: 'council, health, energy-network, police, housing, transport or other.' },
    { name: 'website', meaning: 'Its website, when given.' },
  ],
  rows: (snapshot) =>
    snapshot.partners.map((partner) => ({
      id: String(partner.id),
      name: partner.name,
      slug: partner.slug ?? '',
      kind: partner.kind,
      website: partner.website ?? '',
    })),
}

const strategies: OpenDataSet = {
  name: 'strategies',
  title: 'Partner strategies',
  description: 'The plans and strategies partners own, which plan actions support.',
  columns: [
    { name: 'id', meaning: 'The strategy’s identifier.' },
    { name: 'name', meaning: 'Its name.' },
    { name: 'slug', meaning: 'Its page address: /strategies/<slug>/.' },
    { name: 'partner', meaning: 'The partner that owns it.' },
    { name: 'kind', meaning: 'Which sort of strategy (local-development-plan, locality-plan, local-transport-plan...).' },
    { name: 'url', meaning: 'Where to read it, when given.' },
    { name: 'summary', meaning: 'What it covers.' },
  ],
  rows: (snapshot) => {
    const name = namer(snapshot)
    return snapshot.strategies.map((strategy) => ({
      id: String(strategy.id),
      name: strategy.name,
      slug: strategy.slug ?? '',
      partner: name('partners', strategy.partner) ?? '',
      kind: strategy.kind,
      url: strategy.url ?? '',
      summary: strategy.summary ?? '',
    }))
  },
}

const plans: OpenDataSet = {
  name: 'plans',
  title: 'Plans',
  description: 'Every published plan, with its kind, standing and review dates.',
  columns: [
    { name: 'id', meaning: 'The plan’s identifier.' },
    { name: 'title', meaning: 'Its title.' },
    { name: 'slug', meaning: 'Its page address: /plans/<slug>/.' },
    ...ownerColumns,
    { name: 'first_year', meaning: 'The first year it covers.' },
    { name: 'last_year', meaning: 'The last year it covers.' },
    { name: 'kind', meaning: 'community-action-plan, local-place-plan, neighbourhood-plan or parish-plan.' },
    { name: 'standing', meaning: 'draft-for-comment, adopted, submitted, registered, under-review or replaced.' },
    { name: 'standing_partner', meaning: 'The partner it was submitted to or registered with, when it was.' },
    { name: 'last_reviewed', meaning: 'When it was last reviewed (YYYY-MM-DD).' },
    { name: 'next_review', meaning: 'When it is next due for review (YYYY-MM-DD).' },
    { name: 'replaced_by', meaning: 'The title of the plan that replaced it, if one has.' },
    { name: 'feeds_plan', meaning: 'In an area-plan cluster: the area plan this plan feeds.' },
    { name: 'priorities', meaning: 'Its priority themes, most important first, separated by “ | ”.' },
    { name: 'actions', meaning: 'How many actions it has (see plan-actions).' },
    { name: 'evidence', meaning: 'Evidence documents: title (kind, source, YYYY-MM), separated by “ | ”.' },
    { name: 'updated', meaning: 'When it was last saved (YYYY-MM-DD).' },
  ],
  rows: (snapshot) => {
    const name = namer(snapshot)
    return snapshot.plans.map((plan) => ({
      id: String(plan.id),
      title: plan.title,
      slug: plan.slug ?? '',
      ...ownerOf(name, plan),
      first_year: String(plan.period.startYear),
      last_year: String(plan.period.endYear),
      kind: plan.kind ?? 'community-action-plan',
      standing: plan.supersededBy ? 'replaced' : (plan.standing ?? 'adopted'),
      standing_partner: name('partners', plan.standingPartner) ?? '',
      last_reviewed: day(plan.lastReviewed),
      next_review: day(plan.reviewDate),
      replaced_by: name('plans', plan.supersededBy) ?? '',
      feeds_plan: name('plans', plan.feedsPlan) ?? '',
      priorities: joined((plan.priorities ?? []).map((priority) => priority.theme)),
      actions: String((plan.actions ?? []).length),
      evidence: joined((plan.evidence ?? []).map((item) => `${item.title} (${item.kind}, ${item.source}, ${day(item.date).slice(0, 7)})`)),
      updated: day(plan.updatedAt),
    }))
  },
}

const planActions: OpenDataSet = {
  name: 'plan-actions',
  title: 'Plan actions',
  description: 'Every action in a published plan, with its partners, the strategy it supports and its latest update.',
  columns: [
    { name: 'id', meaning: 'The action’s identifier; its address is /plans/<plan_slug>/#action-<id>.' },
    { name: 'plan_id', meaning: 'The plan it belongs to (see plans).' },
    { name: 'plan_slug', meaning: 'That plan’s page address.' },
    ...ownerColumns,
    { name: 'title', meaning: 'What will be done.' },
    { name: 'theme', meaning: 'The plan priority it serves.' },
    { name: 'lead_group', meaning: 'The local group leading it.' },
    { name: 'status', meaning: 'not-started, in-progress, done or stalled.' },
    { name: 'progress_percent', meaning: 'How far along it is, 0 to 100.' },
    { name: 'target_date', meaning: 'When it should be done (YYYY-MM-DD).' },
    { name: 'partners', meaning: 'Partners committed to help, separated by “ | ”.' },
    { name: 'strategy', meaning: 'The partner strategy it supports.' },
    { name: 'strategy_partner', meaning: 'The partner owning that strategy.' },
    { name: 'member_communities', meaning: 'In a cluster plan: the member communities it belongs to, separated by “ | ”.' },
    { name: 'updates', meaning: 'How many dated progress updates it has.' },
    { name: 'last_update', meaning: 'The date of its newest update (YYYY-MM-DD), empty when none.' },
    { name: 'last_update_note', meaning: 'What that update said happened.' },
  ],
  rows: (snapshot) => {
    const name = namer(snapshot)
    return snapshot.plans.flatMap((plan) =>
      (plan.actions ?? []).map((action) => {
        const strategy = snapshot.strategies.find((candidate) => String(candidate.id) === idOf(action.strategy))
        const newest = [...(action.updates ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0]
        return {
          id: action.id ?? '',
          plan_id: String(plan.id),
          plan_slug: plan.slug ?? '',
          ...ownerOf(name, plan),
          title: action.title,
          theme: action.theme,
          lead_group: action.leadGroup ?? '',
          status: action.status,
          progress_percent: String(action.progress),
          target_date: day(action.targetDate),
          partners: joined((action.partners ?? []).map((partner) => name('partners', partner))),
          strategy: strategy?.name ?? '',
          strategy_partner: strategy ? (name('partners', strategy.partner) ?? '') : '',
          member_communities: joined((action.communities ?? []).map((community) => name('communities', community))),
          updates: String((action.updates ?? []).length),
          last_update: day(newest?.date),
          last_update_note: newest?.note ?? '',
        }
      }),
    )
  },
}

const consultations: OpenDataSet = {
  name: 'consultations',
  title: 'Consultations',
  description: 'Every published consultation, with response counts once it has closed.',
  columns: [
    { name: 'id', meaning: 'The consultation’s identifier.' },
    { name: 'title', meaning: 'Its title.' },
    { name: 'slug', meaning: 'Its page address: /consultations/<slug>/.' },
    { name: 'owner_type', meaning: '“communities” or “cluster”: who asked.' },
    { name: 'owner', meaning: 'The communities (separated by “ | ”) or the cluster that asked.' },
    { name: 'opens', meaning: 'When it opened (YYYY-MM-DD).' },
    { name: 'closes', meaning: 'When it closed or closes (YYYY-MM-DD).' },
    { name: 'phase', meaning: 'upcoming, open, closed or reported, when the data was published.' },
    { name: 'questions', meaning: 'How many questions it asked.' },
    { name: 'responses', meaning: 'Responses counted, once closed; empty while open.' },
    { name: 'responses_online', meaning: 'Of those, sent online.' },
    { name: 'responses_paper', meaning: 'Of those, on paper.' },
    { name: 'responses_event', meaning: 'Of those, at an event.' },
    { name: 'reported_on', meaning: 'When “you said, we did” feedback was published (YYYY-MM-DD).' },
  ],
  rows: (snapshot) => {
    const name = namer(snapshot)
    const now = new Date(snapshot.generatedAt)
    return snapshot.consultations.map((consultation) => ({
      id: String(consultation.id),
      title: consultation.title,
      slug: consultation.slug ?? '',
      owner_type: consultation.cluster ? 'cluster' : 'communities',
      owner: consultation.cluster
        ? (name('clusters', consultation.cluster) ?? '')
        : joined((consultation.communities ?? []).map((community) => name('communities', community))),
      opens: day(consultation.opensAt),
      closes: day(consultation.closesAt),
      phase: consultationPhase(consultation, now),
      questions: String((consultation.questions ?? []).length),
      responses: consultation.results ? String(consultation.results.responses) : '',
      responses_online: consultation.results ? String(consultation.results.byChannel.online) : '',
      responses_paper: consultation.results ? String(consultation.results.byChannel.paper) : '',
      responses_event: consultation.results ? String(consultation.results.byChannel.event) : '',
      reported_on: day(consultation.feedback?.reportedAt),
    }))
  },
}

const consultationResults: OpenDataSet = {
  name: 'consultation-results',
  title: 'Consultation results',
  description: 'The published results of closed consultations: one row per answer option, rating or cleared quote.',
  columns: [
    { name: 'consultation_id', meaning: 'The consultation (see consultations).' },
    { name: 'consultation', meaning: 'Its title.' },
    { name: 'question', meaning: 'The question asked.' },
    { name: 'question_kind', meaning: 'single, multiple, scale or text.' },
    { name: 'answered', meaning: 'How many people answered the question.' },
    { name: 'answer', meaning: 'The option chosen, the rating given (1 to 5) or a quote editors cleared for publication.' },
    { name: 'count', meaning: 'How many chose that option or rating; empty for quotes.' },
  ],
  rows: (snapshot) =>
    snapshot.consultations.flatMap((consultation) =>
      (consultation.results?.questions ?? []).flatMap((result) => {
        const base = {
          consultation_id: String(consultation.id),
          consultation: consultation.title,
          question: result.prompt,
          question_kind: result.kind,
          answered: String(result.answered),
        }
        if (result.kind === 'scale') return result.distribution.map((item) => ({ ...base, answer: String(item.rating), count: String(item.count) }))
        if (result.kind === 'text') return result.quotes.map((quote) => ({ ...base, answer: quote, count: '' }))
        return result.options.map((option) => ({ ...base, answer: option.label, count: String(option.count) }))
      }),
    ),
}

const influenceEntries: OpenDataSet = {
  name: 'influence-entries',
  title: 'Influence entries',
  description: 'Every published influence log, with the partner’s answer and the plan actions it advanced.',
  columns: [...OPEN_DATA_COLUMNS, { name: 'advanced_actions', meaning: 'Plan actions it advanced, as <plan_slug>#action-<id>, separated by “ | ”.' }],
  rows: (snapshot) => {
    const name = namer(snapshot)
    const planSlugs = new Map(snapshot.plans.map((plan) => [String(plan.id), plan.slug ?? ''] as const))
    const logs = [...snapshot.influenceLogs].sort((a, b) => a.date.localeCompare(b.date))
    const entries = logs.map((log) => {
      const status = log.partnerConfirmation?.status ?? 'unconfirmed'
      return {
        log,
        partner: { id: idOf(log.partner), name: name('partners', log.partner) ?? '' },
        pence: toPence(log.moneyInfluenced),
        status,
        disputed: status === 'disputed',
      }
    })
    return openDataRows({ entries }, snapshot).map((row, index) => ({
      ...row,
      advanced_actions: joined((logs[index]!.advancedActions ?? []).map((link) => `${planSlugs.get(idOf(link.plan)) ?? ''}#action-${link.action}`)),
    }))
  },
}

export const OPEN_DATA_SETS: readonly OpenDataSet[] = [
  communities,
  clusters,
  partners,
  strategies,
  plans,
  planActions,
  consultations,
  consultationResults,
  influenceEntries,
]

export const openDataCsv = (set: OpenDataSet, snapshot: SiteSnapshot): string =>
  toCsv(
    set.columns.map((column) => column.name),
    set.rows(snapshot).map((row) => set.columns.map((column) => row[column.name])),
  )

export const openDataJson = (set: OpenDataSet, snapshot: SiteSnapshot): string =>
  JSON.stringify(
    {
      dataset: set.name,
      title: set.title,
      description: set.description,
      licence: OPEN_DATA_LICENCE,
      generatedAt: snapshot.generatedAt,
      columns: set.columns,
      rows: set.rows(snapshot),
    },
    null,
    1,
  )
