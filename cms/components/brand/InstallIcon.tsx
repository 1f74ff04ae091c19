import type { Payload } from 'payload'

import { readSiteName } from '../../lib/siteSettings'
import { Mark } from './Mark'

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const

/** At the start of the admin's breadcrumbs, inside Payload's link to the dashboard: the install's mark, named from Site settings. */
export const InstallIcon = async ({ payload }: { payload: Payload }) => (
  <span style={{ display: 'inline-flex', color: 'var(--theme-text)' }}>
    <Mark size={28} />
    <span style={visuallyHidden}>{`${await readSiteName(payload)} dashboard`}</span>
  </span>
)
