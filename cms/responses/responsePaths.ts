import { serverUrl, siteUrl } from '../settings'
import { publicPath } from '../shared/publicUrls'

/** Where a consultation's response form posts (the CMS) and where people land afterwards (the site). */
export const respondAction = (consultationId: string | number): string => `${serverUrl()}/api/consultations/${consultationId}/respond`
export const thankYouPage = (slug: string): string => `${siteUrl()}${publicPath.consultationThankYou(slug)}`
/** The thank-you page with the response's reference on it, served by the CMS (a static page cannot show it). */
export const thankYouWithReference = (consultationId: string | number, reference: string): string =>
  `${serverUrl()}/api/consultations/${consultationId}/thank-you?reference=${encodeURIComponent(reference)}`
export const consultationPage = (slug: string): string => `${siteUrl()}${publicPath.consultation(slug)}`
export const consultationsIndex = (): string => `${siteUrl()}${publicPath.consultations}`
/** The privacy notice, linked from every form and mail. */
export const privacyPage = (): string => `${siteUrl()}${publicPath.privacy}`
