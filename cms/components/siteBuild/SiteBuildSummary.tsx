import type { SiteBuild } from '../../payload-types'

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
const at = (iso: string | null | undefined): string => (iso ? when.format(new Date(iso)) : '')

/**
 * The state of the public site in a sentence or two: when it was last updated, and, when the
 * latest rebuild failed, what went wrong. A plain component (no data fetching) so the admin
 * dashboard and other pages can show it; it needs no JavaScript in the browser.
 */
export const SiteBuildSummary = ({ build }: { build: Pick<SiteBuild, 'outcome' | 'attemptedAt' | 'succeededAt' | 'pages' | 'error'> }) => {
  const failed = build.outcome === 'failed'
  const updated = build.succeededAt
    ? `The public site was last updated on ${at(build.succeededAt)}${typeof build.pages === 'number' ? ` (${build.pages} pages)` : ''}.`
    : 'The public site has not been rebuilt since this record began.'
  return (
    <section
      aria-labelledby="site-build-heading"
      role={failed ? 'alert' : undefined}
      style={{
        border: `2px solid ${failed ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`,
        borderRadius: 4,
        padding: 'calc(var(--base) * 0.75)',
        marginBottom: 'var(--base)',
      }}
    >
      <h2 id="site-build-heading" style={{ margin: 0, fontSize: '1.1rem' }}>
        {failed ? 'The public site could not be rebuilt' : 'Public site'}
      </h2>
      <p style={{ margin: '0.5em 0 0' }}>{updated}</p>
      {failed && (
        <>
          <p style={{ margin: '0.5em 0 0' }}>
            The latest rebuild, on {at(build.attemptedAt)}, failed, so visitors still see the older pages and consultations do not open or close on the site
            until a rebuild succeeds. It is tried again automatically; if it keeps failing, send this message to whoever runs the site:
          </p>
          <pre style={{ whiteSpace: 'pre-wrap', margin: '0.5em 0 0' }}>{build.error}</pre>
        </>
      )}
    </section>
  )
}
