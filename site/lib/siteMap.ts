import { THEMES } from '../../cms/shared/options'
import { publicPath } from '../../cms/shared/publicUrls'
import { contentPagePath } from './contentPages'
import { SITE_MAP_PAGE_SIZE } from './paging'
import type { SiteSnapshot } from './snapshot'

export type SiteMapLink = { path: string; label: string }
/** `key` is the section's first path segment, and names its listing pages' addresses. */
export type SiteMapSection = { key: string; heading: string; pages: SiteMapLink[] }
/** One listing page of a big section: the links numbered `first` to `last` (from 1) of its section. */
export type SiteMapListing = { path: string; page: number; lastPage: number; first: number; last: number }

/** Pages that answer one person's action, or no page at all: never listed. */
const UNLISTED = [/\/thank-you\/$/, /^\/newsletter\/check-your-mail\/$/, /^\/404$/]

const humanise = (segment: string): string => {
  const words = decodeURIComponent(segment).replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const GENERAL = { key: 'start-here', heading: 'Start here' }

/**
 * The HTML site map, drawn from the same list of pages the build checks it wrote
 * (site/lib/contentPages.ts): a page another feature adds appears here without being listed by hand.
 * Names come from the content where a page shows one thing, from its address otherwise.
 */
export const siteMapSections = (snapshot: SiteSnapshot, titleOf: Map<string, string> = pageTitles(snapshot)): SiteMapSection[] => {
  const sections = new Map<string, SiteMapSection>()
  for (const path of contentPagePath(snapshot)) {
    if (UNLISTED.some((pattern) => pattern.test(path))) continue
    const segments = path.split('/').filter(Boolean)
    const key = segments[0] ?? ''
    const section = sections.get(key) ?? (key === '' ? { ...GENERAL, pages: [] } : { key, heading: humanise(key), pages: [] })
    section.pages.push({ path, label: titleOf.get(path) ?? segments.map(humanise).join(': ') })
    sections.set(key, section)
  }
  // A section of one page (the contact page, the glossary) goes under "Start here".
  const general: SiteMapSection = sections.get('') ?? { ...GENERAL, pages: [] }
  sections.delete('')
  const grouped = [...sections.values()].filter((section) => {
    if (section.pages.length > 1) return true
    general.pages.push(...section.pages)
    return false
  })
  return [general, ...grouped]
}

/** Whether a section is too big to list on the site map's overview, and gets listing pages instead. */
export const isPaged = (section: SiteMapSection): boolean => section.pages.length > SITE_MAP_PAGE_SIZE

/** A big section's listing pages, in order; none for a section the overview lists whole. */
export const siteMapListings = (section: SiteMapSection): SiteMapListing[] => {
  if (!isPaged(section)) return []
  const lastPage = Math.ceil(section.pages.length / SITE_MAP_PAGE_SIZE)
  return Array.from({ length: lastPage }, (_, index) => ({
    path: publicPath.siteMapSection(section.key, index + 1),
    page: index + 1,
    lastPage,
    first: index * SITE_MAP_PAGE_SIZE + 1,
    last: Math.min((index + 1) * SITE_MAP_PAGE_SIZE, section.pages.length),
  }))
}

/** What a link to a listing page says, on the overview and in the listing pages' own navigation. */
export const listingName = (section: SiteMapSection, listing: SiteMapListing): string =>
  `${section.heading}, pages ${listing.first.toLocaleString('en-GB')} to ${listing.last.toLocaleString('en-GB')}`

/** Every listing page of the site map: only the number of pages in each section matters, not their names. */
export const siteMapListingPaths = (snapshot: SiteSnapshot): string[] =>
  siteMapSections(snapshot, new Map())
    .flatMap(siteMapListings)
    .map((listing) => listing.path)

/** The name of each page that shows one piece of content, by its address. */
export const pageTitles = (snapshot: SiteSnapshot): Map<string, string> =>
  new Map<string, string>([
    [publicPath.home, 'Home'],
    [publicPath.communities, 'Communities A to Z'],
    [publicPath.consultations, 'Consultations'],
    [publicPath.guidance, 'Guidance'],
    [publicPath.achievements, 'Achievements'],
    [publicPath.reports, 'Annual reports'],
    [publicPath.search, 'Search'],
    [publicPath.newsletter, 'Get the newsletter'],
    [publicPath.accessibility, 'Accessibility statement'],
    [publicPath.privacy, 'Privacy notice'],
    [publicPath.contact, 'Contact us'],
    [publicPath.siteMap, 'Site map'],
    [publicPath.feeds, 'Follow by feed'],
    [publicPath.glossary, 'Glossary of planning terms'],
    [publicPath.partners, 'Partners'],
    [publicPath.themes, 'Themes'],
    [publicPath.events, 'Events'],
    [publicPath.openData, 'Open data'],
    ...snapshot.partners.map((partner) => [publicPath.partner(partner.slug), partner.name] as [string, string]),
    ...snapshot.strategies.map((strategy) => [publicPath.strategy(strategy.slug), strategy.name] as [string, string]),
    ...snapshot.events.map((event) => [publicPath.event(event.slug), event.title] as [string, string]),
    ...THEMES.map(({ value, label }) => [publicPath.theme(value), label] as [string, string]),
    ...snapshot.communities.map((community) => [publicPath.community(community.slug), community.name] as [string, string]),
    ...snapshot.communities.map((community) => [publicPath.consultationsIn(community.slug), `Consultations in ${community.name}`] as [string, string]),
    ...snapshot.clusters.map((cluster) => [publicPath.cluster(cluster.slug), cluster.name] as [string, string]),
    ...snapshot.plans.map((plan) => [publicPath.plan(plan.slug), plan.title] as [string, string]),
    ...snapshot.consultations.map((consultation) => [publicPath.consultation(consultation.slug), consultation.title] as [string, string]),
    ...snapshot.guidance.flatMap((toolkit) => [
      [publicPath.toolkit(toolkit.slug), toolkit.title] as [string, string],
      ...toolkit.steps.map(
        (step, index) => [publicPath.guidanceStep(toolkit.slug, index), `${toolkit.title}: step ${index + 1}, ${step.heading}`] as [string, string],
      ),
    ]),
    ...snapshot.influenceLogs.map((log) => [publicPath.achievement(log.id), log.title] as [string, string]),
  ])
