import { escapeHtml } from '../../cms/shared/html'

/**
 * Engines mark matches with <mark> around text that may itself hold anything. Everything is
 * escaped, then only bare <mark> and </mark> are given back their meaning.
 */
export const safeHighlight = (marked: string): string =>
  escapeHtml(
    marked
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  )
    .replace(/&lt;mark&gt;/g, '<mark>')
    .replace(/&lt;\/mark&gt;/g, '</mark>')
