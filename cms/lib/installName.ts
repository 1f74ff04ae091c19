import { mailSender } from '../settings'
import { DEFAULT_SITE_SETTINGS } from '../shared/siteSettings'

/**
 * The name Payload's config gives the admin's browser-tab titles. Payload reads its title suffix
 * once, when it loads the config, before the database is open: it is the name on MAIL_FROM when
 * that has one, else the default name. The admin page swaps in the Site settings name as it
 * renders (titledWithSiteName); the logo and the sign-in page read Site settings themselves.
 */
export const installTitleName = (): string => mailSender().name ?? DEFAULT_SITE_SETTINGS.name

/** A page title ending in the config's name, ending instead in the name Site settings give now. */
export const titledWithSiteName = <T extends { title?: unknown }>(metadata: T, siteName: string): T => {
  const suffix = installTitleName()
  const { title } = metadata
  return typeof title === 'string' && title.endsWith(suffix) ? { ...metadata, title: `${title.slice(0, -suffix.length)}${siteName}` } : metadata
}
