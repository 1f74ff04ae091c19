'use client'

import { SelectInput, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { useConsultationQuestions } from './useConsultationQuestions'

/** The options of the question this answer is for, picked by their labels. */
export const ChoicePicker: TextFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError } = useField<string[]>({ path })
  const questionPath = path.replace(/choices$/, 'question')
  const questionId = useFormFields(([fields]) => fields[questionPath]?.value as string | undefined)
  const { questions } = useConsultationQuestions()
  const question = questions.find((candidate) => candidate.id === questionId)
  const choosable = question?.kind === 'single' || question?.kind === 'multiple'
  return (
    <SelectInput
      path={path}
      name={field.name}
      label={choosable ? (question.kind === 'single' ? 'Choice (choose one)' : 'Choices') : 'Choices (for choice questions only)'}
      hasMany
      showError={showError}
      options={(question?.options ?? []).map((option) => ({ label: option.label, value: option.id }))}
      value={value ?? []}
      onChange={(selected) => setValue(Array.isArray(selected) ? selected.map((option) => String(option.value)) : selected ? [String(selected.value)] : [])}
    />
  )
}
