'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export type PickableQuestion = { id: string; prompt: string; kind: string; options?: Array<{ id: string; label: string }> }

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return undefined
}

// Every answer row has two pickers asking for the same consultation: one request serves them all
// for a short while, and a later visit reads the questions afresh.
const FRESH_FOR_MS = 30_000
const requests = new Map<string, { at: number; questions: Promise<PickableQuestion[]> }>()

const questionsOf = (url: string): Promise<PickableQuestion[]> => {
  const cached = requests.get(url)
  if (cached && Date.now() - cached.at < FRESH_FOR_MS) return cached.questions
  const questions = fetch(url, { credentials: 'include' })
    .then((response) => (response.ok ? response.json() : { questions: [] }))
    .then((doc: { questions?: PickableQuestion[] }) => doc.questions ?? [])
    .catch(() => [])
  requests.set(url, { at: Date.now(), questions })
  return questions
}

/** The questions of the consultation chosen on this form, read from the same-origin REST API. */
export const useConsultationQuestions = (): { chosen: boolean; questions: PickableQuestion[] } => {
  const consultation = useFormFields(([fields]) => idOf(fields.consultation?.value))
  const { config } = useConfig()
  const [questions, setQuestions] = useState<PickableQuestion[]>([])

  useEffect(() => {
    if (!consultation) return setQuestions([])
    let current = true
    void questionsOf(`${config.routes.api}/consultations/${consultation}?depth=0&draft=true`).then((found) => current && setQuestions(found))
    return () => {
      current = false
    }
  }, [consultation, config.routes.api])

  return { chosen: Boolean(consultation), questions }
}
