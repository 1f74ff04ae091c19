/**
 * Who runs this install and what its public pages say about it: the "Site settings" global
 * (cms/globals/SiteSettings.ts) as the site, the CMS's own pages and every mail read it. Anything
 * left empty falls back to these defaults, so a fresh install is complete before anyone edits.
 * Long texts may use {name}, {organisation} and {months}; they are filled in when shown.
 */
export type FooterLink = { label: string; url: string }

export type SiteSettingsText = {
  accessibilityScope: string
  accessibilityStatus: string
  accessibilityExceptions: string
  accessibilityPreparation: string
  accessibilityFeedback: string
  accessibilityEnforcement: string
  privacyController: string
  privacyWhatWeCollect: string
  privacyLawfulBases: string
  privacyEqualityCondition: string
  privacyRetention: string
  privacyRights: string
  privacyComplaints: string
  contactIntro: string
}

export type SiteSettings = SiteSettingsText & {
  name: string
  organisation: string
  contactEmail: string
  contactPhone: string
  postalAddress: string
  /** A media id, resolved by whoever shows it. */
  logo: number | string | null
  accentColour: string
  footerLinks: FooterLink[]
}

/** The ink and paper of every page (cms/shared/styles/site.css): the accent is checked against both uses. */
export const PAGE_WHITE = '#ffffff'
export const DEFAULT_ACCENT = '#1d5c45'
export const MIN_CONTRAST = 4.5

export const DEFAULT_TEXT: SiteSettingsText = {
  accessibilityScope:
    'This statement applies to {name}, the public website run by {organisation}, and to the forms and pages it serves for newsletters, consultations and partner confirmations. It does not cover documents that other organisations publish and we link to.',
  accessibilityStatus:
    'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. Every page is checked on each release with the axe accessibility engine and the Nu HTML Checker, in a browser 375 pixels wide as well as on a desktop, and every page works without JavaScript.',
  accessibilityExceptions:
    '- Maps of community boundaries are pictures: the same areas are described in words on each community page.\n- Documents uploaded by community groups (PDF and Word files) may not be accessible. Ask us for another format.',
  accessibilityPreparation:
    'This statement was prepared from the automated checks above and a manual check with a keyboard and a screen reader. It is reviewed at every release.',
  accessibilityFeedback:
    'If you find a problem with this website, or need something in a different format such as large print, easy read or audio, contact {organisation} using the details on the contact page. We reply within 10 working days.',
  accessibilityEnforcement:
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 in England, Scotland and Wales. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS). In Northern Ireland, contact the Equality Commission for Northern Ireland (ECNI).',
  privacyController:
    '{organisation} is the data controller for the personal information collected through {name}. You can reach us, and our data protection officer where we have one, using the details on the contact page.',
  privacyWhatWeCollect:
    '- Your email address and the communities you choose, if you sign up for the newsletter.\n- Your answers to a consultation, with a reference number, if you take part.\n- Optional equality monitoring answers (such as age band, ethnicity and disability), kept apart from your answers so that nobody can join the two.\nWe do not ask for your name on consultation forms, and we use no tracking or advertising cookies.',
  privacyLawfulBases:
    '- Newsletters: your consent (UK GDPR Article 6(1)(a)). You can withdraw it at any time with the unsubscribe link in every mail.\n- Consultation answers: a task carried out in the public interest (Article 6(1)(e)), planning the future of the communities we serve.',
  privacyEqualityCondition:
    'Equality monitoring answers about ethnicity, health or disability are special category data. We process them for equality of opportunity or treatment (UK GDPR Article 9(2)(g) and the Data Protection Act 2018, Schedule 1, Part 2, paragraph 8), with your explicit consent (Article 9(2)(a)): every question is optional and says "Prefer not to say".',
  privacyRetention:
    '- Newsletter addresses: until you unsubscribe or ask us to erase them.\n- Equality monitoring answers, and consultation answers we have not quoted: deleted {months} months after we publish the feedback for that consultation.\n- Quotes we published, without any name: kept as part of the public record.',
  privacyRights:
    'You have the right to be told what we hold about you, to have it corrected, to have it erased, to restrict or object to our use of it, and to take it elsewhere. You can withdraw consent at any time. Ask us using the contact page; we reply within one month.',
  privacyComplaints:
    'If you are unhappy with how we have used your data, tell us first. You can also complain to the Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, website ico.org.uk/make-a-complaint.',
  contactIntro: 'Questions about a plan, a consultation or this website: write to us, call or visit. We reply within 10 working days.',
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  ...DEFAULT_TEXT,
  name: 'Community plans',
  organisation: 'The community planning partnership',
  contactEmail: '',
  contactPhone: '',
  postalAddress: '',
  logo: null,
  accentColour: DEFAULT_ACCENT,
  footerLinks: [],
}

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

type Stored = { [K in keyof SiteSettings]?: unknown }

/** The global as stored (any field may be missing or null), with every gap filled by its default. */
export const siteSettingsWithDefaults = (stored: Stored | null | undefined): SiteSettings => {
  const given = stored ?? {}
  const text = (key: keyof SiteSettingsText | 'name' | 'organisation' | 'contactEmail' | 'contactPhone' | 'postalAddress') =>
    filled(given[key]) ? given[key].trim() : DEFAULT_SITE_SETTINGS[key]
  const logo = given.logo
  const footerLinks = Array.isArray(given.footerLinks)
    ? (given.footerLinks as Array<Partial<FooterLink>>)
        .filter((link) => filled(link.label) && filled(link.url))
        .map(({ label, url }) => ({ label: label!, url: url! }))
    : []
  const keys = Object.keys(DEFAULT_TEXT) as Array<keyof SiteSettingsText>
  return {
    ...(Object.fromEntries(keys.map((key) => [key, text(key)])) as SiteSettingsText),
    name: text('name'),
    organisation: text('organisation'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    postalAddress: text('postalAddress'),
    logo: typeof logo === 'number' || typeof logo === 'string' ? logo : logo && typeof logo === 'object' && 'id' in logo ? (logo.id as number | string) : null,
    accentColour: filled(given.accentColour) && accentProblem(given.accentColour) === null ? given.accentColour.trim().toLowerCase() : DEFAULT_ACCENT,
    footerLinks,
  }
}

/** A long text with its {name}, {organisation} and {months} filled in. */
export const fillIn = (text: string, site: SiteSettings, months: number): string =>
  text.replaceAll('{name}', site.name).replaceAll('{organisation}', site.organisation).replaceAll('{months}', String(months))

const channel = (value: number): number => {
  const fraction = value / 255
  return fraction <= 0.04045 ? fraction / 12.92 : ((fraction + 0.055) / 1.055) ** 2.4
}

const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

/**
 * Why an accent colour cannot be used, or null. The accent is text and borders on white pages
 * and the background of white button and header text, so both uses come down to its contrast
 * with white; links stay underlined, so they never rely on colour against the body text.
 */
export const accentProblem = (value: string): string | null => {
  const colour = value.trim().toLowerCase()
  if (!/^#[0-9a-f]{6}$/.test(colour)) return 'Give the accent colour as # and six hexadecimal digits, such as #1d5c45.'
  const ratio = contrastRatio(colour, PAGE_WHITE)
  if (ratio < MIN_CONTRAST) {
    return `The accent colour ${colour} has a contrast of ${ratio.toFixed(2)}:1 with white, below the ${MIN_CONTRAST}:1 that WCAG 2.2 AA needs for text, so white text on it and it on white would be hard to read. Choose a darker colour.`
  }
  return null
}
