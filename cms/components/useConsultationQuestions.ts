'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export type PickableQuestion = { id: string; prompt: string; kind: string; options?: Array<{ id: string; label: string }> }

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/** The questions of the consultation chosen on this form, read from the same-origin REST API. */
export const useConsultationQuestions = (): { chosen: boolean; questions: PickableQuestion[] } => {
  const consultation = useFormFields(([fields]) => idOf(fields.consultation?.value))
  const { config } = useConfig()
  const [questions, setQuestions] = useState<PickableQuestion[]>([])

  useEffect(() => {
    if (!consultation) return setQuestions([])
    const controller = new AbortController()
    fetch(`${config.routes.api}/consultations/${consultation}?depth=0&draft=true`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { questions: [] }))
      .then((doc: { questions?: PickableQuestion[] }) => setQuestions(doc.questions ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [consultation, config.routes.api])

  return { chosen: Boolean(consultation), questions }
}
