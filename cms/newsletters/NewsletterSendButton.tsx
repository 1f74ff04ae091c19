'use client'

import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type State = { status: string; sent: number; failed: number; total: number; audience: number; sentAt: string | null; maySend: boolean; message?: string }

const count = new Intl.NumberFormat('en-GB')
const people = (n: number) => `${count.format(n)} ${n === 1 ? 'person' : 'people'}`

/**
 * Sends a saved newsletter: a first press asks for confirmation (naming how many people it will
 * reach), a second sends it, or, for a partnership member without the right to send, asks an
 * editor. While it goes out, a progress bar follows the deliveries.
 */
export const NewsletterSendButton = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [state, setState] = useState<State | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState('')
  const base = id ? `${config.serverURL}${config.routes.api}/newsletters/${id}` : ''

  const refresh = useCallback(async () => {
    if (!base) return
    const response = await fetch(`${base}/progress`, { credentials: 'include' }).catch(() => null)
    if (response?.ok) setState((await response.json()) as State)
  }, [base])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const going = state?.status === 'scheduled' || state?.status === 'sending'
  useEffect(() => {
    if (!going) return
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [going, refresh])

  useEffect(() => {
    if (confirming) document.getElementById('newsletter-send-confirm')?.focus()
  }, [confirming])

  if (!id) return <p>Save the newsletter to send it.</p>
  if (!state) return null

  const send = async () => {
    setConfirming(false)
    setMessage(state.maySend ? 'Starting…' : 'Asking…')
    const response = await fetch(`${base}/send`, { method: 'POST', credentials: 'include', headers: { accept: 'application/json' } }).catch(() => null)
    if (!response) return setMessage('Nothing was sent: the server did not answer. Try again.')
    const body = (await response.json().catch(() => ({}))) as Partial<State> & { message?: string }
    setMessage(body.message ?? (response.ok ? '' : 'Nothing was sent.'))
    // The form below still holds the old status: reload it, so a later save cannot put it back.
    if (response.ok) window.location.reload()
  }

  const done = state.status === 'sent'
  return (
    <div id="newsletter-send" className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="newsletter-send-heading">Send</h3>
      {(going || done) && (
        <>
          <progress aria-labelledby="newsletter-send-heading" value={state.sent + state.failed} max={Math.max(state.total, 1)} style={{ width: '100%' }} />
          <p role="status">
            {done
              ? `Sent to ${people(state.sent)}${state.failed ? `; ${count.format(state.failed)} could not be delivered` : ''}.`
              : state.total
                ? `${count.format(state.sent)} of ${count.format(state.total)} sent${state.failed ? `, ${count.format(state.failed)} failed` : ''}.`
                : 'Waiting for the sender to start…'}
          </p>
        </>
      )}
      {!going && !done && (
        <>
          {state.status === 'approval' && <p>Waiting for an editor to send it.</p>}
          {modified ? (
            <p>Save your changes before sending.</p>
          ) : confirming ? (
            <div role="group" aria-labelledby="newsletter-confirm">
              <p id="newsletter-confirm">
                {state.maySend
                  ? `Send this newsletter now to ${people(state.audience)}? It cannot be called back.`
                  : `Ask an editor to send this newsletter to ${people(state.audience)}?`}
              </p>
              <Button buttonStyle="primary" size="small" id="newsletter-send-confirm" onClick={() => void send()}>
                {state.maySend ? 'Yes, send it now' : 'Yes, ask an editor'}
              </Button>
              <Button buttonStyle="secondary" size="small" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          ) : (
            (state.maySend || state.status !== 'approval') && (
              <Button buttonStyle="primary" size="small" onClick={() => setConfirming(true)}>
                {state.maySend ? (state.status === 'approval' ? 'Approve and send…' : 'Send…') : 'Ask an editor to send…'}
              </Button>
            )
          )}
        </>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
