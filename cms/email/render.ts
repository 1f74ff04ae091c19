import { render } from 'react-email'
import type { ReactElement } from 'react'

export type RenderedEmail = { html: string; text: string }

// Headings keep their case in the plain-text part: shouting in capitals reads worse, not better.
const keepCase = (selector: string) => ({ selector, options: { uppercase: false } })
const plainText = { plainText: true as const, htmlToTextOptions: { selectors: ['h1', 'h2', 'h3'].map(keepCase) } }

/** One React template gives both parts: email-safe HTML and its plain-text twin. */
export const renderEmail = async (element: ReactElement): Promise<RenderedEmail> => {
  const [html, text] = await Promise.all([render(element), render(element, plainText)])
  return { html, text }
}
