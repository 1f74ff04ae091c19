import { mailSender } from '../settings'
import { DEFAULT_SITE_SETTINGS } from '../shared/siteSettings'

/**
 * The name in the admin's browser-tab titles. Payload reads its title suffix once, when it
 * loads the config, before the database is open, so it cannot come from Site settings: it is the
 * name on MAIL_FROM when that has one, else the default name. The logo and the sign-in page read
 * Site settings themselves (cms/components/brand).
 */
export const installTitleName = (): string => mailSender().name ?? DEFAULT_SITE_SETTINGS.name
