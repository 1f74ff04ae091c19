import type { MailIdentity } from '../lib/siteSettings'

/** Who sent a mail, for whom, and who runs the site: the line above every mail's privacy link. */
export const signOff = (sender: MailIdentity): string =>
  sender.name === sender.siteName
    ? `Sent by ${sender.siteName} (${sender.address}), run by ${sender.organisation}. Powered by Folkmoot.`
    : `Sent by ${sender.name} (${sender.address}) for ${sender.siteName}, run by ${sender.organisation}. Powered by Folkmoot.`
