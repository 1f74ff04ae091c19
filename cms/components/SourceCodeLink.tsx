import { sourceUrl } from '../lib/sourceCode'

/** Below the admin's navigation on every page: the source code offer the AGPL asks for. */
export const SourceCodeLink = () => (
  <p style={{ marginTop: 'auto', paddingTop: 'var(--base)' }}>
    <a href={sourceUrl()}>Source code</a>
  </p>
)
