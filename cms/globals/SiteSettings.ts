import type { Field, GlobalConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { httpUrl, plainName, textAnd } from '../lib/validators'
import { DEFAULT_SITE_SETTINGS, DEFAULT_TEXT, type SiteSettingsText, accentProblem } from '../shared/siteSettings'

const PLACEHOLDERS = 'You may write {name}, {organisation} and {months} (the retention period); they are filled in on the page.'

const longText = (name: keyof SiteSettingsText, label: string, description?: string): Field => ({
  name,
  label,
  type: 'textarea',
  maxLength: 4000,
  defaultValue: DEFAULT_TEXT[name],
  admin: { rows: 5, description: [description, 'One paragraph per line; lines starting with "- " become a list.', PLACEHOLDERS].filter(Boolean).join(' ') },
})

/**
 * Who runs this install and what its trust pages say: read by the public snapshot (the site),
 * the CMS's own pages and every mail through cms/lib/siteSettings.ts. Everything here is shown
 * to the public, so anyone may read it; editors and admins change it.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: {
    group: 'Site',
    description: 'The name, owner, contact details and look of this site, and its accessibility statement, privacy notice and contact page.',
  },
  access: { read: () => true, update: isEditor, readVersions: () => false },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Identity',
          fields: [
            {
              name: 'name',
              label: 'Name of this site',
              type: 'text',
              required: true,
              maxLength: 80,
              defaultValue: DEFAULT_SITE_SETTINGS.name,
              validate: textAnd(plainName),
              admin: { description: 'Shown in every page title, the header, the admin and every mail.' },
            },
            {
              name: 'organisation',
              label: 'Organisation that runs it',
              type: 'text',
              required: true,
              maxLength: 160,
              defaultValue: DEFAULT_SITE_SETTINGS.organisation,
              validate: textAnd(plainName),
              admin: { description: 'The data controller named in the privacy notice, and the sender named in mail.' },
            },
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              admin: { description: 'Optional; shown in the header beside the name. Its alt text is not used: the name says it.' },
            },
            {
              name: 'accentColour',
              label: 'Accent colour',
              type: 'text',
              defaultValue: DEFAULT_SITE_SETTINGS.accentColour,
              validate: textAnd((value) => (typeof value === 'string' && value !== '' ? (accentProblem(value) ?? true) : true)),
              admin: { description: 'As #rrggbb. Used for the header, buttons and headings; it must have at least 4.5:1 contrast with white.' },
            },
            {
              name: 'footerLinks',
              type: 'array',
              maxRows: 8,
              labels: { singular: 'Footer link', plural: 'Footer links' },
              fields: [
                { name: 'label', type: 'text', required: true, maxLength: 60, validate: textAnd(plainName) },
                { name: 'url', label: 'Address', type: 'text', required: true, maxLength: 500, validate: textAnd(httpUrl) },
              ],
            },
          ],
        },
        {
          label: 'Contact',
          fields: [
            { name: 'contactEmail', label: 'Email', type: 'email' },
            { name: 'contactPhone', label: 'Telephone', type: 'text', maxLength: 40, validate: textAnd(plainName) },
            { name: 'postalAddress', label: 'Postal address', type: 'textarea', maxLength: 400 },
            longText('contactIntro', 'Introduction on the contact page'),
          ],
        },
        {
          label: 'Accessibility statement',
          fields: [
            longText('accessibilityScope', 'Which sites this covers'),
            longText('accessibilityStatus', 'Compliance status'),
            longText('accessibilityExceptions', 'Known exceptions (content that is not accessible)'),
            longText('accessibilityPreparation', 'How the statement was prepared'),
            longText('accessibilityFeedback', 'Feedback and contact'),
            longText('accessibilityEnforcement', 'Enforcement procedure'),
          ],
        },
        {
          label: 'Privacy notice',
          fields: [
            longText('privacyController', 'Who is responsible (data controller)'),
            longText('privacyWhatWeCollect', 'What we collect'),
            longText('privacyLawfulBases', 'Lawful bases'),
            longText('privacyEqualityCondition', 'Condition for equality monitoring answers (UK GDPR Article 9)'),
            longText(
              'privacyRetention',
              'How long we keep it',
              'The retention period of equality answers and unquoted text is the RESPONSE_RETENTION_MONTHS setting.',
            ),
            longText('privacyRights', 'Your rights'),
            longText('privacyComplaints', 'Complaints (ICO)'),
          ],
        },
      ],
    },
  ],
}
