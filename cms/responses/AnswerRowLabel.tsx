'use client'

import { useRowLabel } from '@payloadcms/ui'

import { useConsultationQuestions } from './useConsultationQuestions'

/** An answer row labelled with the question it answers, in the consultation's own words. */
export const AnswerRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ question?: string }>()
  const { questions } = useConsultationQuestions()
  const index = questions.findIndex((question) => question.id === data?.question)
  if (index === -1) return <span className="row-label-from-content">{`Answer ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
  return <span className="row-label-from-content">{`${index + 1}. ${questions[index]!.prompt}`}</span>
}
