'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Check = { text: string; problems: string[]; unmatched: string[] }

/** Under “You said”: the text as residents will read it, with its figures checked against the responses as the editor types. */
export const FeedbackFigures = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const youSaid = useFormFields(([fields]) => fields['feedback.youSaid']?.value)
  const [check, setCheck] = useState<Check | null>(null)
  const text = typeof youSaid === 'string' ? youSaid : ''

  useEffect(() => {
    if (!id || text.trim() === '') return setCheck(null)
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`${config.routes.api}/consultations/${id}/feedback-figures`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ youSaid: text }).toString(),
        signal: controller.signal,
      })
        .then((response) => (response.ok ? (response.json() as Promise<Check>) : null))
        .then(setCheck)
        .catch(() => undefined)
    }, 600)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [config.routes.api, id, text])

  if (!check) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }} aria-live="polite">
      <p className="field-label">As the site will show it</p>
      <p>{check.text}</p>
      {check.problems.length > 0 && <p style={{ color: 'var(--theme-error-500)' }}>Live figures that name nothing: {check.problems.join(' ')}</p>}
      {check.unmatched.length > 0 && (
        <p style={{ color: 'var(--theme-warning-750, var(--theme-error-500))' }}>
          These numbers match no count in the responses: {check.unmatched.join(', ')}. Check them, or quote live figures instead.
        </p>
      )}
    </div>
  )
}
