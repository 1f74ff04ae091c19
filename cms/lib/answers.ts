/** The questions a consultation asks and the answers a response gives, checked against each other. */

import { hasVisibleText } from './visibleText'

export const QUESTION_KINDS = ['text', 'single', 'multiple', 'scale'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

export const SCALE = { min: 1, max: 5 } as const
export const MAX_TEXT_ANSWER = 5000

export type Question = {
  id?: string | null
  prompt: string
  kind: QuestionKind
  required?: boolean | null
  options?: ReadonlyArray<{ id?: string | null; label: string }> | null
  /** What the ends of a scale mean, in the editor's words; plain defaults when left empty. */
  scaleLabels?: { low?: string | null; high?: string | null } | null
}

export const DEFAULT_SCALE_LABELS = { low: 'not at all', high: 'very much' } as const

/** The words for 1 and 5 on a scale question, as residents read them on the form and in results. */
export const scaleEnds = (question: Pick<Question, 'scaleLabels'>): { low: string; high: string } => ({
  low: question.scaleLabels?.low?.trim() || DEFAULT_SCALE_LABELS.low,
  high: question.scaleLabels?.high?.trim() || DEFAULT_SCALE_LABELS.high,
})

export type Answer = {
  question: string
  text?: string | null
  choices?: ReadonlyArray<string> | null
  rating?: number | null
}

export type AnswerProblem = { path: string; message: string }

const hasText = (answer: Answer) => hasVisibleText(answer.text)
const hasChoices = (answer: Answer) => (answer.choices?.length ?? 0) > 0
const hasRating = (answer: Answer) => answer.rating !== null && answer.rating !== undefined

const isEmpty = (answer: Answer) => !hasText(answer) && !hasChoices(answer) && !hasRating(answer)

const checkAnswer = (question: Question, answer: Answer, at: string): AnswerProblem[] => {
  const problems: AnswerProblem[] = []
  const say = (field: string, message: string) => problems.push({ path: `${at}.${field}`, message })
  const optionIds = new Set((question.options ?? []).map((option) => option.id).filter(Boolean) as string[])

  if (question.kind !== 'text' && hasText(answer)) say('text', `"${question.prompt}" takes a choice, not written text.`)
  if ((question.kind === 'text' || question.kind === 'scale') && hasChoices(answer)) say('choices', `"${question.prompt}" does not take choices.`)
  if (question.kind !== 'scale' && hasRating(answer)) say('rating', `"${question.prompt}" does not take a rating.`)

  switch (question.kind) {
    case 'text':
      if ((answer.text ?? '').length > MAX_TEXT_ANSWER) say('text', `Keep the answer to "${question.prompt}" under ${MAX_TEXT_ANSWER} characters.`)
      break
    case 'single':
    case 'multiple': {
      const choices = answer.choices ?? []
      if (question.kind === 'single' && choices.length > 1) say('choices', `Choose only one answer to "${question.prompt}".`)
      if (new Set(choices).size !== choices.length) say('choices', `An option of "${question.prompt}" was chosen twice.`)
      if (choices.some((choice) => !optionIds.has(choice))) say('choices', `"${question.prompt}" has no such option.`)
      break
    }
    case 'scale': {
      const { rating } = answer
      if (hasRating(answer) && (!Number.isInteger(rating) || (rating as number) < SCALE.min || (rating as number) > SCALE.max)) {
        say('rating', `Rate "${question.prompt}" with a whole number from ${SCALE.min} to ${SCALE.max}.`)
      }
      break
    }
  }
  return problems
}

/** Every problem with a response's answers, each with the field path it belongs to. */
export const answerProblems = (questions: ReadonlyArray<Question>, answers: ReadonlyArray<Answer>): AnswerProblem[] => {
  const problems: AnswerProblem[] = []
  const byId = new Map(questions.filter((question) => question.id).map((question) => [question.id as string, question]))
  const answered = new Set<string>()

  answers.forEach((answer, index) => {
    const at = `answers.${index}`
    const question = byId.get(answer.question)
    if (!question) {
      problems.push({ path: `${at}.question`, message: 'This answer is for a question the consultation does not ask.' })
      return
    }
    if (answered.has(answer.question)) {
      problems.push({ path: `${at}.question`, message: `"${question.prompt}" is answered more than once.` })
      return
    }
    answered.add(answer.question)
    problems.push(...checkAnswer(question, answer, at))
  })

  for (const question of questions) {
    if (!question.required || !question.id) continue
    const answer = answers.find((candidate) => candidate.question === question.id)
    if (!answer || isEmpty(answer)) problems.push({ path: 'answers', message: `Answer "${question.prompt}": it is required.` })
  }
  return problems
}
