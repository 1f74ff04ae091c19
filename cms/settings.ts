/** Who mail comes from: MAIL_FROM is "Name <address>" or a bare address. */
export const mailSender = (): { name: string; address: string } => {
  const value = process.env.MAIL_FROM?.trim() || 'Folkmoot <hello@folkmoot.localhost>'
  const match = /^(.*)<([^>]+)>$/.exec(value)
  if (!match) return { name: 'Folkmoot', address: value }
  return { name: match[1]!.trim().replace(/^"|"$/g, '') || 'Folkmoot', address: match[2]!.trim() }
}

/** The public site's origin, for links in mail and pages. */
export const siteUrl = (): string => (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')

/** The CMS origin, where signed links and forms land. */
export const serverUrl = (): string => (process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
