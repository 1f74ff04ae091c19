import type { Fields } from '../../endpoints/support/readBody'
import type { FieldError } from '../../endpoints/support/responses'
import { type SafeHtml, html } from '../../shared/html'
import { NEWSLETTER_CONSENT_VERSION, newsletterConsentWording } from '../../shared/newsletterConsent'
import { errorSummary } from '../../shared/pageShell'
import { HONEYPOT_FIELD } from './honeypot'

type Option = { id: number | string; name: string; slug?: string | null }

export type SignUpFormInput = {
  action: string
  privacyHref: string
  organisation: string
  communities: ReadonlyArray<Option>
  clusters: ReadonlyArray<Option>
  /** What the person typed and ticked, kept when the form comes back with errors. */
  values?: Fields
  errors?: ReadonlyArray<FieldError>
}

const listOf = (values: Fields, name: string): string[] => {
  const value = values[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
const textOf = (values: Fields, name: string): string => {
  const value = values[name]
  return typeof value === 'string' ? value : ''
}

const errorFor = (field: string, errors: ReadonlyArray<FieldError>): SafeHtml | null => {
  const messages = errors.filter((error) => error.field === field).map((error) => error.message)
  return messages.length === 0 ? null : html`<p class="error-message" id="${field}-error"><span class="visually-hidden">Error:</span> ${messages.join(' ')}</p>`
}

const checkboxes = (name: 'communities' | 'clusters', options: ReadonlyArray<Option>, values: Fields) => {
  const ticked = listOf(values, name)
  const prefix = name === 'communities' ? 'community' : 'cluster'
  return options.map((option, index) => {
    // The first box carries the group's name as its id, so the error summary can link to it.
    const id = index === 0 ? name : `${prefix}-${option.slug ?? option.id}`
    return html`<div class="choice">
      <input type="checkbox" id="${id}" name="${name}" value="${String(option.id)}"${ticked.includes(String(option.id)) ? html` checked` : ''}>
      <label for="${id}">${option.name}</label>
    </div>`
  })
}

/**
 * The newsletter sign-up form in plain HTML that posts without JavaScript. The site's page and
 * the CMS's answer to a form with mistakes render this same markup, so a mistake comes back as
 * the same form, with the person's address and ticks kept and each error beside its field.
 * `novalidate`: the server's sentences replace the browser's tooltips.
 */
export const signUpForm = ({ action, privacyHref, organisation, communities, clusters, values = {}, errors = [] }: SignUpFormInput): SafeHtml => {
  const emailError = errorFor('email', errors)
  const choiceError = errorFor('communities', errors) ?? errorFor('clusters', errors)
  const consentError = errorFor('consent', errors)
  const formError = errorFor('consentVersion', errors) ?? errorFor('form', errors)
  return html`${errorSummary(errors, (field) => (field === 'consentVersion' || field === 'form' || field === HONEYPOT_FIELD ? 'signup-form' : field))}
<form class="signup" id="signup-form" method="post" action="${action}" accept-charset="utf-8" novalidate>
  ${formError}
  <div class="form-group${emailError ? ' form-group-error' : ''}">
    <label class="question-legend" for="email">Your email address</label>
    ${emailError}
    <input class="input" id="email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" value="${textOf(values, 'email')}"${emailError ? html` aria-describedby="email-error"` : ''}>
  </div>
  <div class="form-group${choiceError ? ' form-group-error' : ''}">
    <fieldset${choiceError ? html` aria-describedby="communities-error"` : ''}>
      <legend class="question-legend">Communities to hear about</legend>
      ${choiceError}
      ${checkboxes('communities', communities, values)}
    </fieldset>
    ${
      clusters.length > 0 &&
      html`<fieldset class="signup-clusters">
      <legend class="question-legend">Clusters to hear about</legend>
      <p class="hint">A cluster’s newsletter covers all of its communities.</p>
      ${checkboxes('clusters', clusters, values)}
    </fieldset>`
    }
  </div>
  <div class="form-group consent${consentError ? ' form-group-error' : ''}">
    <fieldset${consentError ? html` aria-describedby="consent-error"` : ''}>
      <legend class="question-legend">Your agreement</legend>
      <p class="hint">How we use and keep your address is in our <a href="${privacyHref}">privacy notice</a>.</p>
      ${consentError}
      <div class="choice">
        <input type="checkbox" id="consent" name="consent" value="yes"${textOf(values, 'consent') === 'yes' ? html` checked` : ''}>
        <label for="consent">${newsletterConsentWording(organisation)}</label>
      </div>
    </fieldset>
  </div>
  <input type="hidden" name="consentVersion" value="${NEWSLETTER_CONSENT_VERSION}">
  <div class="honeypot" aria-hidden="true">
    <label for="${HONEYPOT_FIELD}">Leave this empty</label>
    <input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off">
  </div>
  <button type="submit" class="button">Subscribe</button>
</form>`
}
