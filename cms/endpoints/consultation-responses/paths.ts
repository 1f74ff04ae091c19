import { serverUrl, siteUrl } from '../../email/settings'

/** Where a consultation's response form posts (the CMS) and where people land afterwards (the site). */
export const respondAction = (consultationId: string | number): string => `${serverUrl()}/api/consultations/${consultationId}/respond`
export const thankYouPage = (slug: string): string => `${siteUrl()}/consultations/${slug}/thank-you/`
export const consultationPage = (slug: string): string => `${siteUrl()}/consultations/${slug}/`
export const consultationsIndex = (): string => `${siteUrl()}/consultations/`
