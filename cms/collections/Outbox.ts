import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'

const view = (name: string) => `/components/mail/MailViews#${name}`

/**
 * Mail captured instead of sent when no SMTP_URL is set, so `npm start` shows every journey
 * (confirmations, newsletters, partner links) without a mail server. Written only by the adapter.
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  disableDuplicate: true,
  labels: { singular: 'Captured mail', plural: 'Outbox' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    listSearchableFields: ['subject', 'to'],
    description: 'With no mail server set (SMTP_URL), mail is kept here instead of being sent. Links in it work.',
    group: 'Newsletters',
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'to', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'from', type: 'text', admin: { readOnly: true } },
    { name: 'subject', type: 'text', admin: { readOnly: true } },
    // Shown with plain elements (cms/components/mail): Payload's code editor comes from a CDN.
    { name: 'text', label: 'Plain text', type: 'textarea', admin: { readOnly: true, components: { Field: view('MailTextView') } } },
    { name: 'html', label: 'HTML', type: 'code', admin: { readOnly: true, language: 'html', components: { Field: view('MailHtmlView') } } },
    {
      name: 'headers',
      type: 'json',
      admin: {
        readOnly: true,
        description: 'Headers that matter to the reader’s mail program, such as List-Unsubscribe.',
        components: { Field: view('MailHeadersView') },
      },
    },
    { name: 'raw', label: 'Message as sent (MIME)', type: 'code', admin: { readOnly: true, components: { Field: view('MailRawView') } } },
  ],
}
