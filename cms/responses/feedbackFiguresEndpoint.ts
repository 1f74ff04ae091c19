import type { Endpoint } from 'payload'

import { figuresMatchingNoCount, resolveFigures } from './feedbackFigures'
import { readPlaces } from './readPlaces'
import { countConsultation } from './resultsForSnapshot'
import { consultationsActedFor } from '../access/responsesAccess'
import { readBody } from '../endpoints/support/readBody'
import { jsonResponse, problemResponse } from '../endpoints/support/responses'

const MAX_BODY_BYTES = 64 * 1024

/**
 * POST /api/consultations/:id/feedback-figures with `youSaid`: the text as the site will show it,
 * the placeholders that name nothing and the written numbers that match no count. For the admin's
 * live check; only people who may read the responses may ask.
 */
export const feedbackFiguresEndpoint: Endpoint = {
  path: '/:id/feedback-figures',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problemResponse(401, 'Sign in to the admin to check feedback figures.')
    const id = req.routeParams?.id
    if (typeof id !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(id)) return problemResponse(404, 'There is no such consultation.')
    const body = await readBody(req, { maxBytes: MAX_BODY_BYTES })
    if (!body.ok) return problemResponse(body.status, body.message)
    const youSaid = body.fields['youSaid']
    if (typeof youSaid !== 'string') return problemResponse(400, 'Send the “You said” text as youSaid.')
    // The counts come from the responses: whoever may not read this consultation's responses (the
    // same rule as the Responses collection: staff all, a member their communities' own) may not
    // see them here either. Counting under access would not tell: it is 0 for a stranger's too.
    const readable = await consultationsActedFor(req)
    if (readable !== null && !readable.some((owned) => String(owned) === id))
      return problemResponse(403, 'Your role cannot read the responses these figures come from.')
    const consultation = await req.payload
      .findByID({
        collection: 'consultations',
        id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        select: { questions: true, communities: true, cluster: true },
        disableErrors: true,
      })
      .catch(() => null)
    if (!consultation) return problemResponse(404, 'There is no such consultation.')
    const results = await countConsultation(req.payload, consultation, await readPlaces(req.payload, consultation))
    const { text, problems } = resolveFigures(youSaid, results)
    return jsonResponse(200, { text, problems, unmatched: figuresMatchingNoCount(youSaid, results) })
  },
}
