/**
 * Every address on the public site, in one place: the site's pages, search documents, mail and
 * the CMS's own pages link with these, and the site's build checks it wrote a page for each
 * (see site/integrations/everyPageWritten.ts). Paths are relative to the site's origin.
 */
/** Slugs are filled in by a hook before every save; the generated types still call them optional. */
type Slug = string | null | undefined

export const publicPath = {
  home: '/',
  communities: '/communities/',
  community: (slug: Slug) => `/communities/${slug}/`,
  communityAchievements: (slug: Slug) => `/communities/${slug}/#achievements`,
  cluster: (slug: Slug) => `/clusters/${slug}/`,
  plan: (slug: Slug) => `/plans/${slug}/`,
  planAction: (slug: Slug, actionId: string | number | null | undefined) => `/plans/${slug}/#action-${actionId}`,
  consultations: '/consultations/',
  consultation: (slug: Slug) => `/consultations/${slug}/`,
  consultationThankYou: (slug: Slug) => `/consultations/${slug}/thank-you/`,
  /** The consultation's questions as a paper form to print, fill in and return. */
  consultationPaperForm: (slug: Slug) => `/consultations/${slug}/paper/`,
  consultationsIn: (communitySlug: Slug) => `/consultations/in/${communitySlug}/`,
  events: '/events/',
  event: (slug: Slug) => `/events/${slug}/`,
  guidance: '/guidance/',
  toolkit: (slug: Slug) => `/guidance/${slug}/`,
  /** Step pages are numbered from 1 in their address: /guidance/<toolkit>/<n>/. */
  guidanceStep: (toolkitSlug: Slug, index: number) => `/guidance/${toolkitSlug}/${index + 1}/`,
  achievements: '/achievements/',
  /** Each celebrated achievement has a page of its own, which its card and the feed link to. */
  achievement: (id: string | number) => `/achievements/entry/${id}/`,
  /** The first page of achievements is /achievements/, the next ones /achievements/2/ and on. */
  achievementsPage: (page: number) => (page <= 1 ? '/achievements/' : `/achievements/${page}/`),
  reports: '/reports/',
  districtReports: '/reports/district/',
  communityReports: (slug: Slug) => `/reports/communities/${slug}/`,
  clusterReports: (slug: Slug) => `/reports/clusters/${slug}/`,
  newsletter: '/newsletter/',
  newsletterCheckYourMail: '/newsletter/check-your-mail/',
  search: '/search/',
  partners: '/partners/',
  partner: (slug: Slug) => `/partners/${slug}/`,
  strategy: (slug: Slug) => `/strategies/${slug}/`,
  themes: '/themes/',
  theme: (theme: string) => `/themes/${theme}/`,
  openData: '/open-data/',
  /** One open data file: /open-data/plans.csv, /open-data/plans.json... */
  openDataFile: (name: string, format: 'csv' | 'json') => `/open-data/${name}.${format}`,
  /** Every open data file in one archive. */
  openDataArchive: '/open-data/open-data.tar.gz',
  notFound: '/404',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  contact: '/contact/',
  siteMap: '/site-map/',
  /** A big section's links in the HTML site map, a page at a time: /site-map/<section>/, then /site-map/<section>/2/ and on. */
  siteMapSection: (section: string, page: number) => (page <= 1 ? `/site-map/${section}/` : `/site-map/${section}/${page}/`),
  feeds: '/feeds/',
  glossary: '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  favicon: '/favicon.svg',
  manifest: '/site.webmanifest',
  sharingImage: '/sharing.png',
  consultationsFeed: '/feeds/consultations.xml',
  achievementsFeed: '/feeds/achievements.xml',
  /** Every published event as an iCalendar feed, to subscribe to in a calendar app. */
  eventsCalendar: '/feeds/events.ics',
  /** Where the build copies uploads to (see cms/export/publishSite.ts). */
  media: (filename: string) => `/media/${encodeURIComponent(filename)}`,
} as const

/** The site's main sections, shared by the site's layout and the CMS pages that answer form posts. */
export const SITE_SECTIONS = [
  { href: publicPath.communities, label: 'Communities', key: 'communities' },
  { href: publicPath.consultations, label: 'Consultations', key: 'consultations' },
  { href: publicPath.guidance, label: 'Guidance', key: 'guidance' },
  { href: publicPath.achievements, label: 'Achievements', key: 'achievements' },
  { href: publicPath.partners, label: 'Partners', key: 'partners' },
  { href: publicPath.themes, label: 'Themes', key: 'themes' },
] as const

export type SiteSection = (typeof SITE_SECTIONS)[number]['key'] | 'home' | 'search' | 'open-data'
