import { formatPence, toPence } from '../shared/money'
import { serverUrl, siteUrl } from '../settings'
import { publicPath } from '../shared/publicUrls'
import { formatDate } from '../shared/format'
import { type SafeHtml, html } from '../shared/html'
import { errorSummary } from '../shared/pageShell'
import { KIND_LABELS, METHOD_LABELS } from '../shared/influence'
import type { ConfirmationRequest, Refusal } from './confirmationRequests'
import type { FieldError } from '../endpoints/support/responses'

const list = (heading: string, items: ReadonlyArray<{ text: string }> | null | undefined): SafeHtml | false =>
  Boolean(items?.length) && html`<h3>${heading}</h3><ul>${(items ?? []).map((item) => html`<li>${item.text}</li>`)}</ul>`

/** The entry as the partner sees it, with the form to confirm or dispute it. */
export const entryPage = (request: ConfirmationRequest, token: string, form: { errors?: FieldError[]; comment?: string } = {}) => {
  const { log, partner, ownerName } = request
  const errors = form.errors ?? []
  const commentError = errors.find((error) => error.field === 'comment')
  const pence = toPence(log.moneyInfluenced)
  return {
    title: `${errors.length > 0 ? 'Error: ' : ''}Is this a fair record?`,
    body: html`${errorSummary(errors)}
<h1>Is this a fair record?</h1>
<p class="lede">${ownerName} recorded how they influenced ${partner.name}. Please confirm it, or tell them what is not right.</p>
<h2>${log.title}</h2>
<dl class="summary-list">
  <dt>When</dt><dd>${formatDate(log.date)}</dd>
  <dt>Recorded by</dt><dd>${ownerName}</dd>
  <dt>Partner</dt><dd>${partner.name}</dd>
  <dt>Kind of influence</dt><dd>${KIND_LABELS[log.kind]}</dd>
  <dt>How</dt><dd>${METHOD_LABELS[log.method]}</dd>
  ${pence > 0 && html`<dt>Money influenced</dt><dd>${formatPence(pence)}</dd>`}
</dl>
<h3>What changed</h3>
<p>${log.whatChanged}</p>
${list('Outputs: what was produced', log.outputs)}
${list('Outcomes: the difference it made', log.outcomes)}
<form method="post" action="${serverUrl()}/api/partner-confirmation" novalidate>
  <input type="hidden" name="token" value="${token}">
  <div class="form-group${commentError ? ' form-group-error' : ''}">
    <label class="question-legend" for="comment">Your comment</label>
    <p id="comment-hint" class="hint">Optional when you confirm. When you dispute the entry, say what is not right so that ${ownerName} can correct it. Your comment goes to them and is not published.</p>
    ${commentError && html`<p id="comment-error" class="error-message"><span class="visually-hidden">Error: </span>${commentError.message}</p>`}
    <textarea id="comment" name="comment" rows="5" maxlength="2000" aria-describedby="comment-hint${commentError ? ' comment-error' : ''}">${form.comment ?? ''}</textarea>
  </div>
  <div class="button-row">
    <button type="submit" name="answer" value="confirmed" class="button">Confirm this entry</button>
    <button type="submit" name="answer" value="disputed" class="button button-secondary">Dispute this entry</button>
  </div>
  <p class="meta">How we use your answer and your address: <a href="${siteUrl()}${publicPath.privacy}">privacy notice</a>.</p>
</form>`,
  }
}

export const answeredPage = (request: ConfirmationRequest, answer: 'confirmed' | 'disputed') => ({
  title: answer === 'confirmed' ? 'Thank you for confirming' : 'Thank you: your comment was sent',
  body: html`<h1>${answer === 'confirmed' ? 'Thank you for confirming' : 'Thank you: your comment was sent'}</h1>
<p class="lede">${
    answer === 'confirmed'
      ? html`The entry “${request.log.title}” now shows as confirmed by ${request.partner.name} wherever ${request.ownerName} publishes it.`
      : html`${request.ownerName} can see that you disputed “${request.log.title}” and why. Until they correct it, the entry is not counted in their achievements.`
  }</p>
<p>You can close this page. The link you used no longer works.</p>`,
})

export const refusalPage = (refusal: Pick<Refusal, 'title' | 'message'>) => ({
  title: refusal.title,
  body: html`<h1>${refusal.title}</h1><p class="lede">${refusal.message}</p>`,
})
