import type { Endpoint } from 'payload'

import { formatDate } from '../shared/format'
import { html } from '../shared/html'
import { htmlPage } from '../endpoints/support/htmlPage'
import { htmlResponse } from '../endpoints/support/responses'
import { loadPublishedConsultation } from './loadOpenConsultation'
import { consultationPage, consultationsIndex, privacyPage } from './responsePaths'

/** Only what the Responses collection hands out (R- and eight capitals or digits) is shown back. */
const REFERENCE = /^R-[0-9A-F]{8}$/

/**
 * GET /api/consultations/:id/thank-you?reference=R-…: where a resident lands after answering, with
 * the reference they can quote to the team. The reference is only echoed, never looked up, so the
 * page tells a stranger nothing about anyone's answers.
 */
export const thankYouEndpoint: Endpoint = {
  path: '/:id/thank-you',
  method: 'get',
  handler: async (req) => {
    const consultation = await loadPublishedConsultation(req, req.routeParams?.id)
    if (!consultation?.slug) {
      return htmlResponse(
        404,
        await htmlPage(req.payload, {
          title: 'Page not found',
          body: html`<h1>Page not found</h1><p>There is no published consultation at this address.</p><p><a href="${consultationsIndex()}">See consultations</a></p>`,
        }),
      )
    }
    const given = req.searchParams.get('reference') ?? ''
    const reference = REFERENCE.test(given) ? given : null
    return htmlResponse(
      200,
      await htmlPage(req.payload, {
        title: `Thank you: ${consultation.title}`,
        body: html`<div class="panel" role="status">
  <h1>Thank you, we have your answers</h1>
  <p>Your answers to “${consultation.title}” have been received.</p>
  ${reference ? html`<p>Your reference is <strong class="reference">${reference}</strong>. Quote it if you contact us about your answers.</p>` : ''}
</div>
<h2>What happens next</h2>
<ol>
  <li>The consultation stays open until ${formatDate(consultation.closesAt)}.</li>
  <li>Every answer is then read. Written answers are checked before any are quoted, and never with a name.</li>
  <li>We publish the results, and what is being done about them, on <a href="${consultationPage(consultation.slug)}">the consultation’s page</a>, usually within six weeks of it closing.</li>
</ol>
<p>How we use and keep your answers: <a href="${privacyPage()}">privacy notice</a>.</p>
<p><a href="${consultationsIndex()}">See other consultations</a></p>`,
      }),
    )
  },
}
