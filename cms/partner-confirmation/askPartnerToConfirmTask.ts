import { randomUUID } from 'node:crypto'

import type { TaskConfig } from 'payload'

import { partnerConfirmationMail } from './confirmationMail'
import { mailIdentity } from '../lib/siteSettings'
import { serverUrl } from '../settings'
import { linkLifetimeDays, signConfirmationLink } from './confirmationRequests'

/**
 * Mails the partner's contact a signed link to one influence entry. Each run starts a new
 * request (a fresh request id), so a link from an earlier mail stops working; a retry after a
 * failed send does the same, and only the mail that went out carries a live link.
 */
export const askPartnerToConfirm: TaskConfig<'askPartnerToConfirm'> = {
  slug: 'askPartnerToConfirm',
  retries: 3,
  inputSchema: [{ name: 'log', type: 'text', required: true }],
  outputSchema: [{ name: 'sentTo', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const log = await payload.findByID({ collection: 'influence-logs', id: input.log, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!log) return { output: {} }
    const partner = await payload.findByID({ collection: 'partners', id: log.partner as number, depth: 0, overrideAccess: true, disableErrors: true, req })
    const email = partner?.contact?.email
    if (!partner || !email) return { output: {} }
    const owner = log.community
      ? await payload.findByID({ collection: 'communities', id: log.community as number, depth: 0, select: { name: true }, disableErrors: true, req })
      : await payload.findByID({ collection: 'clusters', id: log.cluster as number, depth: 0, select: { name: true }, disableErrors: true, req })

    const now = new Date()
    const requestId = randomUUID()
    await payload.update({
      collection: 'influence-logs',
      id: log.id,
      data: { partnerConfirmation: { requestId, requestedAt: now.toISOString() } },
      depth: 0,
      overrideAccess: true,
      // Nothing public changes until the partner answers.
      context: { siteRebuild: false },
      req,
    })
    const link = `${serverUrl()}/api/partner-confirmation?token=${signConfirmationLink(log.id, requestId, now)}`
    const expiresAt = new Date(now.getTime() + linkLifetimeDays() * 24 * 60 * 60 * 1000)
    const mail = partnerConfirmationMail({ log, partner, ownerName: owner?.name ?? 'A community', link, expiresAt, sender: await mailIdentity(payload) })
    await payload.sendEmail({ to: partner.contact?.name ? { name: partner.contact.name, address: email } : email, ...mail })
    return { output: { sentTo: email } }
  },
}
