'use client'

import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** Right of access and right to erasure for one subscriber: export their data as JSON, or erase it. */
export const SubscriberDataActions = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth<{ role?: string }>()
  const [message, setMessage] = useState('')
  if (!id) return null
  const base = `${config.serverURL}${config.routes.api}/subscribers/${id}`
  const erase = async () => {
    if (!window.confirm('Erase this subscriber and their personal data in delivery records and captured mail? This cannot be undone.')) return
    const response = await fetch(`${base}/erase`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response) return setMessage('Nothing was erased: the server did not answer.')
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? 'Done.')
    if (response.ok) window.location.assign(`${config.routes.admin}/collections/subscribers`)
  }
  return (
    <div className="field-type">
      <h3>Their data</h3>
      <p>
        <a href={`${base}/export`} download>
          Export as JSON
        </a>
      </p>
      {user?.role === 'admin' ? (
        <Button buttonStyle="error" size="small" onClick={() => void erase()}>
          Erase this subscriber
        </Button>
      ) : null}
      <p role="status">{message}</p>
    </div>
  )
}
