'use client'

import { SelectInput, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { useConsultationQuestions } from './useConsultationQuestions'

/**
 * Entering a paper or event response: pick the question by its wording, from the chosen
 * consultation, instead of typing the question's id.
 */
export const QuestionPicker: TextFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError } = useField<string>({ path })
  const { chosen, questions } = useConsultationQuestions()
  return (
    <SelectInput
      path={path}
      name={field.name}
      label={chosen ? 'Question' : 'Question (choose the consultation first)'}
      required
      showError={showError}
      options={questions.map((question, index) => ({ label: `${index + 1}. ${question.prompt}`, value: question.id }))}
      value={value}
      onChange={(option) => setValue(option && !Array.isArray(option) ? String(option.value) : '')}
    />
  )
}
