import type { PayloadRequest, Validate } from 'payload'

import { type Answer, type AnswerProblem, type Question, answerProblems } from '../lib/answers'

type ResponseData = { consultation?: number | string | { id: number | string } | null; answers?: Answer[] | null }

// Keyed by request, so a consultation is read once per save however many fields ask.
const questionsByRequest = new WeakMap<PayloadRequest, Map<string, Promise<Question[] | null>>>()

/**
 * For a caller that has just read the consultation itself (the public endpoint): its questions
 * are used for this request's checks instead of being read again.
 */
export const rememberQuestions = (req: PayloadRequest, consultation: number | string, questions: Question[]): void => {
  const cache = questionsByRequest.get(req) ?? new Map<string, Promise<Question[] | null>>()
  cache.set(String(consultation), Promise.resolve(questions))
  questionsByRequest.set(req, cache)
}

const questionsOf = (req: PayloadRequest, consultation: ResponseData['consultation']): Promise<Question[] | null> => {
  const id = typeof consultation === 'object' && consultation !== null ? consultation.id : consultation
  if (id === null || id === undefined || id === '') return Promise.resolve(null)
  const cache = questionsByRequest.get(req) ?? new Map<string, Promise<Question[] | null>>()
  questionsByRequest.set(req, cache)
  let questions = cache.get(String(id))
  if (!questions) {
    questions = req.payload
      .findByID({ collection: 'consultations', id, depth: 0, select: { questions: true }, req, disableErrors: true })
      .then((doc) => (doc ? ((doc.questions ?? []) as Question[]) : null))
      // An id the database cannot even parse (e.g. a number on MongoDB) names no consultation either.
      .catch(() => null)
    cache.set(String(id), questions)
  }
  return questions
}

// The answers checked last for each request, with what was found. Every answer field asks for the same
// check of the same answers (16 times for a four-question form, 7 % of storing an answer); no answer field
// has a hook that could change the answers between those checks.
const checkedByRequest = new WeakMap<PayloadRequest, { questions: Question[]; answers: Answer[]; problems: AnswerProblem[] }>()

const problemsOf = async (req: PayloadRequest, data: ResponseData): Promise<AnswerProblem[]> => {
  const questions = await questionsOf(req, data.consultation)
  if (!questions) return []
  const answers = data.answers ?? []
  const checked = checkedByRequest.get(req)
  if (checked && checked.questions === questions && checked.answers === answers) return checked.problems
  const problems = answerProblems(questions, answers)
  checkedByRequest.set(req, { questions, answers, problems })
  return problems
}

/** The consultation must exist: a response to nothing cannot be checked or counted. */
export const consultationExists: Validate = async (value, { req }) =>
  (await questionsOf(req, value as ResponseData['consultation'])) !== null || 'That consultation does not exist.'

/**
 * Each answer field reports its own problem (e.g. `answers.2.rating`), so every mistake is
 * shown at once, next to the field it concerns.
 */
export const answerFieldFits: Validate = async (_value, { req, data, path }) => {
  const here = path.join('.')
  const problem = (await problemsOf(req, data as ResponseData)).find((candidate) => candidate.path === here)
  return problem?.message ?? true
}

/** Problems that belong to the answers as a whole, such as a required question left out. */
export const requiredQuestionsAnswered: Validate = async (_value, { req, data }) => {
  const messages = (await problemsOf(req, data as ResponseData)).filter((problem) => problem.path === 'answers').map((problem) => problem.message)
  return messages.length === 0 || messages.join(' ')
}
