import { publicPath } from '../../cms/shared/publicUrls'
import { everyPagePath } from './everyPage'
import type { SiteSnapshot } from './snapshot'

export type SiteMapSection = { heading: string; pages: Array<{ path: string; label: string }> }

/** Pages that answer one person's action, or no page at all: never listed. */
const UNLISTED = [/\/thank-you\/$/, /^\/newsletter\/check-your-mail\/$/, /^\/404$/]

const humanise = (segment: string): string => {
  const words = decodeURIComponent(segment).replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const SECTION_NAMES: Record<string, string> = { '': 'Start here' }

/**
 * The HTML site map, drawn from the same list of pages the build checks it wrote
 * (site/lib/everyPage.ts): a page another feature adds appears here without being listed by hand.
 * Names come from the content where a page shows one thing, from its address otherwise.
 */
export const siteMapSections = (snapshot: SiteSnapshot, titleOf: Map<string, string> = pageTitles(snapshot)): SiteMapSection[] => {
  const sections = new Map<string, SiteMapSection>()
  for (const path of everyPagePath(snapshot)) {
    if (UNLISTED.some((pattern) => pattern.test(path))) continue
    const segments = path.split('/').filter(Boolean)
    const key = segments[0] ?? ''
    const section = sections.get(key) ?? { heading: SECTION_NAMES[key] ?? humanise(key), pages: [] }
    section.pages.push({ path, label: titleOf.get(path) ?? segments.map(humanise).join(': ') })
    sections.set(key, section)
  }
  // A section of one page (the contact page, the glossary) goes under "Start here".
  const general: SiteMapSection = { heading: SECTION_NAMES['']!, pages: [] }
  const grouped = [...sections.values()].filter((section) => {
    if (section.pages.length > 1) return true
    general.pages.push(...section.pages)
    return false
  })
  return [general, ...grouped]
}

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
