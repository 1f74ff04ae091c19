import type { AfterErrorHook } from 'payload'

/** What Payload's formatter says about an error that has neither data nor a name. */
const FALLBACK = 'An unknown error occurred.'

/**
 * Payload shows an error's message only when the error has data or a name, and the production
 * build turns APIError into an anonymous class, so every plain APIError (Payload's own among
 * them, such as its upload parser's limits) would reach the user as "An unknown error
 * occurred." A public error keeps its own sentence here; one that is not public stays hidden,
 * by the same rule as Payload's isErrorPublic.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const { isPublic, status } = error as Error & { isPublic?: boolean; status?: number }
  const isPublicError = isPublic === true || (isPublic !== false && status !== undefined && status !== 500)
  if (!isPublicError || result?.errors.length !== 1 || result.errors[0]?.message !== FALLBACK) return
  return { response: { ...result, errors: [{ message: error.message }] } }
}
