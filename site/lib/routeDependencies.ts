import { publicPath } from '../../cms/shared/publicUrls'
import { achievements } from './achievements'
import { clustersOf, membersOf } from './communities'
import { consultationsFor } from './consultations'
import { ACHIEVEMENTS_PER_PAGE } from './paging'
import { placedActions } from './partners'
import { plansOf } from './plans'
import { allReportPages } from './reports'
import { siteMapListingPaths } from './siteMap'
import { type SiteSnapshot, sameId } from './snapshot'
import { themesAcrossDistrict } from './themes'

/** The snapshot's lists of documents, by the key they have in the snapshot. */
type Collection = Exclude<keyof SiteSnapshot, 'generatedAt'>

/**
 * Parts of a collection that some pages read, narrower than its whole documents: a route reading
 * a part is rebuilt only when that part of a document changes. Annual reports count the
 * consultations closed in their year and their responses (cms/reports/practicalWork.ts), and
 * never show a consultation's title or text.
 */
const PARTS = {
  consultationCounts: (s: SiteSnapshot) =>
    s.consultations.map((consultation) => ({
      id: consultation.id,
      closesAt: consultation.closesAt,
      communities: consultation.communities,
      cluster: consultation.cluster,
      responses: consultation.results?.responses,
      byChannel: consultation.results?.byChannel,
    })),
} satisfies Record<string, (snapshot: SiteSnapshot) => Array<{ id: unknown }>>

type Readable = Collection | keyof typeof PARTS

/** One document, as `collection:id`. */
const doc = (collection: Readable, id: unknown): string => `${collection}:${String(id)}`

/** A consultation in a list, which names the communities or cluster it belongs to. */
const consultationShown = (consultation: SiteSnapshot['consultations'][number]): string[] => [
  doc('consultations', consultation.id),
  doc('clusters', consultation.cluster),
  ...(consultation.communities ?? []).map((id) => doc('communities', typeof id === 'object' ? id.id : id)),
]

/** The collections whose documents this map follows one by one (see KNOWN). */
const COLLECTIONS_KNOWN = [
  'communities',
  'clusters',
  'partners',
  'strategies',
  'plans',
  'consultations',
  'guidance',
  'influenceLogs',
  'achievementReports',
  'media',
] as const satisfies readonly Collection[]

/**
 * One route of a page type and what it shows: `shows` names the documents it is about (itself,
 * its owner, what it lists); `reads` names whole collections whose any change may alter it
 * (names looked up across many documents, counts, totals).
 */
type Route = { path: string; shows: string[]; reads: readonly Readable[] }

/**
 * Every page type with dynamic routes, and for each route what it depends on. A new page type
 * adds an entry here (its routes, the documents each shows, the collections it reads) and wraps
 * its `getStaticPaths` in `onlyAffected` (site/lib/routeFilter.ts). Pages without
 * `getStaticPaths` (home, section indexes, search, feeds) are rendered by every build.
 */
export const PAGE_TYPES: ReadonlyArray<{ name: string; routes: (snapshot: SiteSnapshot) => Route[] }> = [
  {
    name: 'community',
    routes: (s) =>
      s.communities.map((community) => ({
        path: publicPath.community(community.slug),
        shows: [
          doc('communities', community.id),
          ...consultationsFor(s, { community }).flatMap(consultationShown),
          ...plansOf(s, { community }).map((item) => doc('plans', item.id)),
          ...clustersOf(s, community).map((item) => doc('clusters', item.id)),
          // Its actions in cluster plans, listed under "Our actions in the cluster plan".
          ...placedActions(s)
            .filter(({ action }) => (action.communities ?? []).some((id) => sameId(id, community.id)))
            .map(({ plan }) => doc('plans', plan.id)),
        ],
        reads: ['influenceLogs', 'achievementReports', 'partners', 'strategies', 'media'],
      })),
  },
  {
    name: 'cluster',
    routes: (s) =>
      s.clusters.map((cluster) => {
        const members = membersOf(s, cluster)
        return {
          path: publicPath.cluster(cluster.slug),
          shows: [
            doc('clusters', cluster.id),
            ...members.map((item) => doc('communities', item.id)),
            ...members.flatMap((community) => plansOf(s, { community }).map((item) => doc('plans', item.id))),
            ...members.flatMap((community) => consultationsFor(s, { community }).flatMap(consultationShown)),
            ...plansOf(s, { cluster }).map((item) => doc('plans', item.id)),
            ...consultationsFor(s, { cluster }).flatMap(consultationShown),
          ],
          reads: ['influenceLogs', 'achievementReports', 'partners', 'strategies', 'media'],
        }
      }),
  },
  {
    name: 'plan',
    routes: (s) =>
      s.plans.map((plan) => ({
        path: publicPath.plan(plan.slug),
        shows: [
          doc('plans', plan.id),
          doc('communities', plan.community),
          doc('clusters', plan.cluster),
          doc('plans', plan.supersededBy),
          doc('plans', plan.feedsPlan),
          // The plans feeding this one (an area plan's contributing sections).
          ...s.plans.filter((candidate) => sameId(candidate.feedsPlan, plan.id)).map((candidate) => doc('plans', candidate.id)),
          // The communities each action is for, by name.
          ...(plan.actions ?? []).flatMap((action) => (action.communities ?? []).map((id) => doc('communities', id))),
        ],
        reads: ['strategies', 'partners', 'influenceLogs', 'media'],
      })),
  },
  {
    name: 'consultation and its thank-you page',
    routes: (s) =>
      s.consultations.flatMap((consultation) => {
        const shows = consultationShown(consultation)
        const reads: Collection[] = ['plans', 'influenceLogs', 'partners', 'media']
        return [
          { path: publicPath.consultation(consultation.slug), shows, reads },
          { path: publicPath.consultationThankYou(consultation.slug), shows, reads },
        ]
      }),
  },
  {
    name: 'paper questionnaire',
    routes: (s) =>
      s.consultations.map((consultation) => ({ path: publicPath.consultationPaperForm(consultation.slug), shows: consultationShown(consultation), reads: [] })),
  },
  {
    name: 'consultations in a community',
    routes: (s) =>
      s.communities
        .map((community) => ({ community, consultations: consultationsFor(s, { community }) }))
        .filter((entry) => entry.consultations.length > 0)
        .map(({ community, consultations }) => ({
          path: publicPath.consultationsIn(community.slug),
          shows: [doc('communities', community.id), ...consultations.flatMap(consultationShown)],
          reads: [],
        })),
  },
  {
    name: 'toolkit and its steps',
    routes: (s) =>
      s.guidance.flatMap((toolkit) => {
        const shows = [doc('guidance', toolkit.id)]
        return [
          { path: publicPath.toolkit(toolkit.slug), shows, reads: ['media'] as const },
          ...toolkit.steps.map((_, index) => ({ path: publicPath.guidanceStep(toolkit.slug, index), shows, reads: ['media'] as const })),
        ]
      }),
  },
  {
    name: 'achievements',
    routes: (s) =>
      Array.from({ length: Math.max(1, Math.ceil(achievements(s).length / ACHIEVEMENTS_PER_PAGE)) }, (_, index) => ({
        path: publicPath.achievementsPage(index + 1),
        shows: [],
        reads: ['influenceLogs', 'communities', 'partners'],
      })),
  },
  {
    // Lists pages by name: any document may add, remove or rename a page it lists, or move the
    // page boundaries of its section, so it reads every collection (the overview has no
    // getStaticPaths and is rendered by every build).
    name: 'site map listing',
    routes: (s) =>
      siteMapListingPaths(s).map((path) => ({
        path,
        shows: [],
        reads: COLLECTIONS_KNOWN,
      })),
  },
  {
    name: 'achievement entry',
    routes: (s) =>
      achievements(s).map((log) => ({
        path: publicPath.achievement(log.id),
        shows: [
          doc('influenceLogs', log.id),
          doc('partners', log.partner),
          doc('communities', log.community),
          doc('clusters', log.cluster),
          ...(log.evidence?.files ?? []).map((id) => doc('media', id)),
        ],
        reads: [],
      })),
  },
  {
    // What communities ask of a partner, its strategies, the influence logged with it and the money.
    name: 'partner',
    routes: (s) =>
      s.partners.map((partner) => ({
        path: publicPath.partner(partner.slug),
        shows: [doc('partners', partner.id)],
        reads: ['plans', 'strategies', 'influenceLogs', 'communities', 'clusters', 'partners'],
      })),
  },
  {
    // The actions across every plan that support a strategy, with their partners and communities by name.
    name: 'strategy',
    routes: (s) =>
      s.strategies.map((strategy) => ({
        path: publicPath.strategy(strategy.slug),
        shows: [doc('strategies', strategy.id), doc('partners', strategy.partner)],
        reads: ['plans', 'communities', 'clusters', 'partners', 'strategies', 'influenceLogs'],
      })),
  },
  {
    // Every current plan's priorities and actions on one theme.
    name: 'theme',
    routes: (s) =>
      themesAcrossDistrict(s).map((view) => ({
        path: publicPath.theme(view.theme),
        shows: [],
        reads: ['plans', 'communities', 'clusters', 'partners', 'strategies', 'influenceLogs'],
      })),
  },
  {
    // Events are not in KNOWN: a change to one rebuilds everything, so only what an event names is listed.
    name: 'event',
    routes: (s) =>
      s.events.map((event) => {
        const consultation = s.consultations.find((candidate) => sameId(candidate.id, event.consultation))
        return {
          path: publicPath.event(event.slug),
          shows: [
            doc('events', event.id),
            doc('communities', event.community),
            doc('clusters', event.cluster),
            ...(event.partners ?? []).map((id) => doc('partners', id)),
            ...(consultation ? consultationShown(consultation) : []),
          ],
          reads: [],
        }
      }),
  },
  {
    name: 'annual report with its downloads',
    routes: (s) =>
      allReportPages(s).map((page) => {
        const { scope } = page.owner
        return {
          path: page.path,
          shows: scope.type === 'district' ? [] : [doc(scope.type === 'community' ? 'communities' : 'clusters', scope.id)],
          // A district or cluster report counts its communities' logs under their names; every
          // report counts the plan actions and the closed consultations of its year (practical work).
          reads:
            scope.type === 'community'
              ? ['influenceLogs', 'achievementReports', 'partners', 'plans', 'consultationCounts']
              : ['influenceLogs', 'achievementReports', 'partners', 'plans', 'consultationCounts', 'communities', 'clusters'],
        }
      }),
  },
]

/** The collections this map knows; a change anywhere else (a new global, site settings) rebuilds everything. */
const KNOWN: ReadonlySet<string> = new Set<Collection>(COLLECTIONS_KNOWN)

type Documents = Map<string, string>

const documentsOf = (snapshot: SiteSnapshot): { documents: Documents; others: Map<string, string> } => {
  const documents: Documents = new Map()
  const others = new Map<string, string>()
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === 'generatedAt') continue
    if (!KNOWN.has(key) || !Array.isArray(value)) {
      others.set(key, JSON.stringify(value))
      continue
    }
    for (const item of value as Array<{ id: unknown }>) documents.set(doc(key as Collection, item.id), JSON.stringify(item))
  }
  for (const [part, of] of Object.entries(PARTS)) for (const item of of(snapshot)) documents.set(doc(part as keyof typeof PARTS, item.id), JSON.stringify(item))
  return { documents, others }
}

/** What changed between two snapshots: the documents (`collection:id`) and their collections. */
const changesBetween = (before: SiteSnapshot, after: SiteSnapshot): { documents: Set<string>; collections: Set<string>; everything: boolean } => {
  const old = documentsOf(before)
  const now = documentsOf(after)
  const otherKeys = new Set([...old.others.keys(), ...now.others.keys()])
  const everything = [...otherKeys].some((key) => old.others.get(key) !== now.others.get(key))
  const documents = new Set<string>()
  for (const [key, json] of now.documents) if (old.documents.get(key) !== json) documents.add(key)
  for (const key of old.documents.keys()) if (!now.documents.has(key)) documents.add(key)
  const collections = new Set([...documents].map((key) => key.slice(0, key.indexOf(':'))))
  return { documents, collections, everything }
}

const routesOf = (snapshot: SiteSnapshot): Map<string, Route> =>
  new Map(PAGE_TYPES.flatMap((type) => type.routes(snapshot)).map((route) => [route.path, route]))

const sameShows = (a: Route, b: Route) => a.shows.length === b.shows.length && a.shows.every((key, index) => key === b.shows[index])

/**
 * The dynamic routes a change from `before` to `after` affects: added and removed routes, those
 * showing a changed document or listing a different set, and those reading a changed collection.
 * `everything` when the change is outside what the map knows; the build then renders every page.
 */
export const affectedRoutes = (before: SiteSnapshot, after: SiteSnapshot): { everything: true } | { everything: false; paths: Set<string> } => {
  const changes = changesBetween(before, after)
  if (changes.everything) return { everything: true }
  const old = routesOf(before)
  const now = routesOf(after)
  const paths = new Set<string>()
  const touched = (route: Route) => route.shows.some((key) => changes.documents.has(key)) || route.reads.some((name) => changes.collections.has(name))
  for (const [path, route] of now) {
    const previous = old.get(path)
    if (!previous || !sameShows(previous, route) || touched(route) || touched(previous)) paths.add(path)
  }
  for (const path of old.keys()) if (!now.has(path)) paths.add(path)
  return { everything: false, paths }
}
