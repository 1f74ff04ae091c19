import type { GlobalConfig } from 'payload'

import { isEditor } from '../access/isEditor'

export const SITE_BUILD_OUTCOMES = [
  { label: 'Succeeded', value: 'succeeded' },
  { label: 'Failed', value: 'failed' },
] as const

/**
 * The last rebuild of the public site, written by the rebuild job only, so a failed rebuild
 * is visible to editors in the admin rather than only in the job log and on stderr.
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: 'Public site build',
  admin: { group: 'Site', description: 'Written by each rebuild of the public site. Nobody edits it.' },
  access: { read: isEditor, update: () => false, readVersions: () => false },
  fields: [
    { name: 'outcome', type: 'select', options: SITE_BUILD_OUTCOMES.map((outcome) => ({ ...outcome })), admin: { readOnly: true } },
    { name: 'attemptedAt', label: 'Last rebuild finished', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'succeededAt', label: 'Site last updated', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'pages', type: 'number', admin: { readOnly: true, description: 'Pages written by the last rebuild that succeeded.' } },
    { name: 'error', label: 'What went wrong', type: 'textarea', admin: { readOnly: true } },
  ],
}
