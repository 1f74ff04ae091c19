import { mailSender } from '../settings'

/**
 * The name this install goes by in the admin (its logo, its page titles): for now the name
 * residents see on its mail (MAIL_FROM), so an operator sets it once. The one place to read it.
 */
export const installName = (): string => mailSender().name
