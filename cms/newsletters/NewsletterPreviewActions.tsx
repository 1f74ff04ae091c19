'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** Beside a saved newsletter: open the HTML and plain-text previews, or mail a test copy to yourself. */
export const NewsletterPreviewActions = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [message, setMessage] = useState('')
  if (!id) return <p>Save the newsletter to preview it or send a test.</p>
  const base = `${config.serverURL}${config.routes.api}/newsletters/${id}`
  const sendTest = async () => {
    setMessage('Sending…')
    const response = await fetch(`${base}/send-test`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response) return setMessage('The test could not be sent: the server did not answer.')
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? (response.ok ? 'Sent.' : 'The test could not be sent.'))
  }
  return (
    <div className="field-type">
      <h3>Preview and test</h3>
      <p>Previews show the last saved version.</p>
      <ul>
        <li>
          <a href={`${base}/preview?format=html`} target="_blank" rel="noreferrer">
            Preview as HTML
          </a>
        </li>
        <li>
          <a href={`${base}/preview?format=text`} target="_blank" rel="noreferrer">
            Preview as plain text
          </a>
        </li>
      </ul>
      <Button buttonStyle="secondary" size="small" onClick={() => void sendTest()}>
        Send a test to yourself
      </Button>
      <p role="status">{message}</p>
    </div>
  )
}
