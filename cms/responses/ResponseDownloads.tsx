'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'

/** Sidebar links to a consultation's responses as CSV; equality monitoring is offered to admins only. */
export const ResponseDownloads = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const { config } = useConfig()
  if (!id) return null
  const base = `${config.routes.api}/consultations/${id}`
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Download</p>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        <li>
          <a href={`${base}/responses.csv`}>Responses (CSV)</a>
        </li>
        {user?.role === 'admin' && (
          <li>
            <a href={`${base}/equality.csv`}>Equality monitoring (CSV)</a>
          </li>
        )}
      </ul>
    </div>
  )
}
