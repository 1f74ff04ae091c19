/** The site's main sections, shared by the site's layout and the CMS pages that answer form posts. */
export const SITE_SECTIONS = [
  { href: '/communities/', label: 'Communities', key: 'communities' },
  { href: '/consultations/', label: 'Consultations', key: 'consultations' },
  { href: '/guidance/', label: 'Guidance', key: 'guidance' },
  { href: '/achievements/', label: 'Achievements', key: 'achievements' },
] as const

export type SiteSection = (typeof SITE_SECTIONS)[number]['key'] | 'home' | 'search'
