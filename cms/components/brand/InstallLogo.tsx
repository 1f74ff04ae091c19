import { installName } from '../../lib/installName'
import { Mark } from './Mark'

/** On the sign-in page: the install's mark and name, where Payload shows its own logo. */
export const InstallLogo = () => (
  <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem', fontSize: '2rem', fontWeight: 600, color: 'var(--theme-text)' }}>
    <Mark size={48} />
    {installName()}
  </span>
)
