/**
 * The words a subscriber agrees to. Change the wording, change the version: each subscriber's
 * consent record keeps the version they saw, and the sign-up endpoint accepts only this one.
 * The organisation is the one named in Site settings, the controller of the address.
 */
export const NEWSLETTER_CONSENT_VERSION = '2026-12'
export const newsletterConsentWording = (organisation: string): string =>
  `I agree that ${organisation} may email me newsletters about the communities I chose. My address is used for nothing else, I can unsubscribe from every mail with one click, and I can ask for my data to be exported or erased.`
