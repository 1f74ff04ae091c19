import { html } from '../shared/html'
import { formatDate } from '../shared/format'
import { KIND_LABELS } from '../shared/influence'
import { signOff } from '../email/signOff'
import type { MailIdentity } from '../lib/siteSettings'
import type { InfluenceLog, Partner } from '../payload-types'

/** The mail asking a partner's contact to confirm or dispute one influence entry. */
export const partnerConfirmationMail = ({
  log,
  partner,
  ownerName,
  link,
  expiresAt,
  sender,
}: {
  log: InfluenceLog
  partner: Partner
  ownerName: string
  link: string
  expiresAt: Date
  sender: MailIdentity
}) => {
  const signature = signOff(sender)
  const greeting = partner.contact?.name ? `Dear ${partner.contact.name},` : 'Hello,'
  const subject = `Please confirm: ${log.title}`
  const text = [
    greeting,
    '',
    `${ownerName} has recorded that working with ${partner.name} led to this change on ${formatDate(log.date)}:`,
    '',
    `  ${log.title}`,
    `  ${KIND_LABELS[log.kind]}`,
    '',
    'Could you tell them whether this is a fair record? Open the link to read the whole entry, then confirm it or say what is not right:',
    '',
    link,
    '',
    `The link works once and until ${formatDate(expiresAt.toISOString())}. If you were not involved, you can ignore this email.`,
    '',
    '--',
    signature,
    `How we use your address: ${sender.privacyUrl}`,
  ].join('\n')
  const body = html`<p>${greeting}</p>
<p>${ownerName} has recorded that working with ${partner.name} led to this change on ${formatDate(log.date)}:</p>
<blockquote><p><strong>${log.title}</strong><br>${KIND_LABELS[log.kind]}</p></blockquote>
<p>Could you tell them whether this is a fair record? Open the entry to read it in full, then confirm it or say what is not right.</p>
<p><a href="${link}">Read and confirm the entry</a></p>
<p>The link works once and until ${formatDate(expiresAt.toISOString())}. If you were not involved, you can ignore this email.</p>
<hr>
<p><small>${signature} How we use your address: <a href="${sender.privacyUrl}">privacy notice</a>.</small></p>`
  return { subject, text, html: body.value }
}
