import { serverUrl, siteUrl } from '../settings'
import { publicPath } from '../shared/publicUrls'

/** Where a consultation's response form posts (the CMS) and where people land afterwards (the site). */
export const respondAction = (consultationId: string | number): string => `${serverUrl()}/api/consultations/${consultationId}/respond`
export const thankYouPage = (slug: string): string => `${siteUrl()}${publicPath.consultationThankYou(slug)}`
export const consultationPage = (slug: string): string => `${siteUrl()}${publicPath.consultation(slug)}`
export const consultationsIndex = (): string => `${siteUrl()}${publicPath.consultations}`
