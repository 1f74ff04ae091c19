/** The sign-up form's hidden field: people never see it, form-filling robots do. */
export const HONEYPOT_FIELD = 'website'
