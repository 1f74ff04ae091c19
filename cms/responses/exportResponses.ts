import { type Endpoint, Forbidden, type PayloadRequest } from 'payload'

import { consultationsActedFor } from '../access/responsesAccess'
import { toCsv } from '../lib/csv'
import { EQUALITY_CHOICES, EQUALITY_QUESTIONS } from './equality'
import { problemResponse } from '../endpoints/support/responses'
import { readPlaces } from './readPlaces'

const csvResponse = (filename: string, body: string): Response =>
  new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  })

const consultationFor = async (req: PayloadRequest) => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(id)) return null
  return req.payload
    .findByID({
      collection: 'consultations',
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      select: { slug: true, questions: true, communities: true, cluster: true },
      disableErrors: true,
    })
    .catch(() => null)
}

/** Runs the export as the signed-in person: the collection's own access rules decide who may. */
const asStaff = (build: (req: PayloadRequest) => Promise<Response>) => async (req: PayloadRequest) => {
  if (!req.user) return problemResponse(401, 'Sign in to the admin to download responses.')
  try {
    return await build(req)
  } catch (error) {
    if (error instanceof Forbidden) return problemResponse(403, 'Your role cannot download this.')
    throw error
  }
}

/** GET /api/consultations/:id/responses.csv: every response, one column per question (staff, and members for their communities' consultations). */
export const exportResponsesEndpoint: Endpoint = {
  path: '/:id/responses.csv',
  method: 'get',
  handler: asStaff(async (req) => {
    const consultation = await consultationFor(req)
    if (!consultation) return problemResponse(404, 'There is no such consultation.')
    const owned = await consultationsActedFor(req)
    if (owned && !owned.some((id) => String(id) === String(consultation.id))) {
      return problemResponse(403, 'Only editors and the communities that ran this consultation may download its responses.')
    }
    const questions = (consultation.questions ?? []).filter((question) => question.id)
    const { docs } = await req.payload.find({
      collection: 'responses',
      where: { consultation: { equals: consultation.id } },
      overrideAccess: false,
      user: req.user,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      select: {
        reference: true,
        channel: true,
        moderation: true,
        community: true,
        answers: { question: true, text: true, choices: true, rating: true },
        createdAt: true,
      },
    })
    // Cluster and multi-community consultations ask where people live: one more column.
    const places = await readPlaces(req.payload, consultation)
    const placeName = (community: unknown) =>
      places.find((place) => place.id === String(typeof community === 'object' && community !== null ? (community as { id: unknown }).id : community))?.name ??
      ''
    const labels = new Map(questions.flatMap((question) => (question.options ?? []).map((option) => [option.id, option.label] as const)))
    const rows = docs.map((response) => [
      response.reference,
      response.createdAt,
      response.channel,
      response.moderation,
      ...(places.length > 0 ? [placeName(response.community)] : []),
      ...questions.map((question) => {
        const answer = response.answers?.find((candidate) => candidate.question === question.id)
        if (!answer) return ''
        if (question.kind === 'scale') return answer.rating
        if (question.kind === 'text') return answer.text
        return (answer.choices ?? []).map((choice) => labels.get(choice) ?? choice).join('; ')
      }),
    ])
    return csvResponse(
      `${consultation.slug}-responses.csv`,
      toCsv(
        ['reference', 'received', 'channel', 'moderation', ...(places.length > 0 ? ['lives in'] : []), ...questions.map((question) => question.prompt)],
        rows,
      ),
    )
  }),
}

/** GET /api/consultations/:id/equality.csv: equality monitoring answers, unlinked to responses (admins only). */
export const exportEqualityEndpoint: Endpoint = {
  path: '/:id/equality.csv',
  method: 'get',
  handler: asStaff(async (req) => {
    const consultation = await consultationFor(req)
    if (!consultation) return problemResponse(404, 'There is no such consultation.')
    const { docs } = await req.payload.find({
      collection: 'equality-answers',
      where: { consultation: { equals: consultation.id } },
      overrideAccess: false,
      user: req.user,
      depth: 0,
      pagination: false,
      // In time order, rows could be lined up with responses; sorted by the answers, equal rows are indistinguishable.
      sort: ['ageBand', 'disability', 'ethnicGroup', 'gender'],
    })
    const label = (name: (typeof EQUALITY_CHOICES)[number], value: string | null | undefined) =>
      EQUALITY_QUESTIONS[name].options.find((option) => option.value === value)?.label ?? ''
    const rows = docs.map((answer) => [...EQUALITY_CHOICES.map((name) => label(name, answer[name])), answer.gender])
    return csvResponse(
      `${consultation.slug}-equality-monitoring.csv`,
      toCsv([...EQUALITY_CHOICES.map((name) => EQUALITY_QUESTIONS[name].legend), 'How would you describe your gender?'], rows),
    )
  }),
}
