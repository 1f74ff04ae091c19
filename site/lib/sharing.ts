import { escapeHtml } from '../../cms/shared/html'
import { publicPath } from '../../cms/shared/publicUrls'
import type { SiteSettings } from '../../cms/shared/siteSettings'

/** The picture shown when a page is shared (Open Graph): the site's name on its accent colour. */
export const SHARING_IMAGE = { width: 1200, height: 630 } as const

export const sharingImagePath = (): string => publicPath.sharingImage

const initial = (name: string): string => escapeHtml([...name.trim()][0]?.toUpperCase() ?? '')

/** The favicon: the name's first letter, white on the accent colour. */
export const faviconSvg = (site: SiteSettings): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${site.accentColour}"/><text x="32" y="45" font-family="Georgia, serif" font-size="40" font-weight="700" text-anchor="middle" fill="#fff">${initial(site.name)}</text></svg>`

export const sharingSvg = (site: SiteSettings): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARING_IMAGE.width}" height="${SHARING_IMAGE.height}"><rect width="100%" height="100%" fill="${site.accentColour}"/><text x="80" y="300" font-family="Georgia, serif" font-size="72" font-weight="700" fill="#fff">${escapeHtml(site.name)}</text><text x="80" y="390" font-family="Georgia, serif" font-size="36" fill="#fff">${escapeHtml(site.organisation)}</text></svg>`
