import type { Payload } from 'payload'

import { mailSender, siteUrl } from '../settings'
import { publicPath } from '../shared/publicUrls'
import { type SiteSettings, siteSettingsWithDefaults } from '../shared/siteSettings'

/**
 * The install's name, owner, contact details and trust-page texts, defaults filled in: what the
 * CMS's own pages, the admin and every mail read. The public site reads the same through the
 * snapshot. One small read per call, so an edit shows at once in every process.
 */
export const readSiteSettings = async (payload: Payload): Promise<SiteSettings> =>
  siteSettingsWithDefaults(await payload.findGlobal({ slug: 'site-settings', depth: 0 }))

/** Just the install's name, as the admin's title and mail subjects use it. */
export const readSiteName = async (payload: Payload): Promise<string> => (await readSiteSettings(payload)).name

/** Who a mail is from and where its reader finds the privacy notice: every mail's footer (cms/email/EmailLayout.tsx). */
export type MailIdentity = { name: string; address: string; siteName: string; organisation: string; privacyUrl: string }

export const mailIdentity = async (payload: Payload): Promise<MailIdentity> => {
  const site = await readSiteSettings(payload)
  const sender = mailSender()
  return {
    name: sender.name ?? site.name,
    address: sender.address,
    siteName: site.name,
    organisation: site.organisation,
    privacyUrl: `${siteUrl()}${publicPath.privacy}`,
  }
}
