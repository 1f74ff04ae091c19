import type { Payload } from 'payload'

import { readSiteName } from '../../lib/siteSettings'
import { Mark } from './Mark'

/** On the sign-in page: the install's mark and its name from Site settings, where Payload shows its own logo. */
export const InstallLogo = async ({ payload }: { payload: Payload }) => (
  <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem', fontSize: '2rem', fontWeight: 600, color: 'var(--theme-text)' }}>
    <Mark size={48} />
    {await readSiteName(payload)}
  </span>
)
