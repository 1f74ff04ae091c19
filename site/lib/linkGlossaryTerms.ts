import { GLOSSARY } from '../../cms/shared/glossary'
import { publicPath } from '../../cms/shared/publicUrls'

/** Inside these, text is not linked: links cannot nest, and headings, labels and controls keep their plain text. */
const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'svg',
  'title',
  'button',
  'label',
  'legend',
  'option',
  'select',
  'textarea',
  'summary',
  'abbr',
  'figcaption',
  'caption',
  'th',
  'nav',
])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const TERMS = GLOSSARY.map((term) => ({ id: term.id, pattern: new RegExp(`(?<![\\w-])(${term.matches.map(escapeRegex).join('|')})(?![\\w-])`) }))

/**
 * Links the first appearance of each glossary term in a page's main content to its explanation
 * on the glossary page. Works on the built HTML as text, tag by tag: only text outside links,
 * headings and form controls is touched, and everything else is passed through unchanged.
 */
export const linkGlossaryTerms = (page: string): string => {
  const start = page.indexOf('<main')
  const end = page.lastIndexOf('</main>')
  if (start < 0 || end < start) return page
  const linked = new Set<string>()
  const open: string[] = []
  let skipping = 0
  const main = page.slice(start, end).replace(/(<[^>]*>)|([^<]+)/g, (_whole, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const match = /^<(\/?)([a-zA-Z0-9-]+)/.exec(tag)
      if (!match || tag.endsWith('/>')) return tag
      const [, closing, rawName] = match
      const name = rawName!.toLowerCase()
      if (VOID.has(name)) return tag
      if (closing) {
        const at = open.lastIndexOf(name)
        if (at >= 0) {
          for (const dropped of open.splice(at)) if (SKIP.has(dropped)) skipping -= 1
        }
      } else {
        open.push(name)
        if (SKIP.has(name)) skipping += 1
      }
      return tag
    }
    if (skipping > 0 || !text) return text ?? ''
    // Link, in reading order, each term not yet linked on this page.
    let out = ''
    let rest = text
    for (;;) {
      let first: { id: string; found: RegExpExecArray } | undefined
      for (const term of TERMS) {
        if (linked.has(term.id)) continue
        const found = term.pattern.exec(rest)
        if (found && (!first || found.index < first.found.index)) first = { id: term.id, found }
      }
      if (!first) return out + rest
      linked.add(first.id)
      const { index, 0: words } = first.found
      out += `${rest.slice(0, index)}<a class="term" href="${publicPath.glossaryTerm(first.id)}">${words}</a>`
      rest = rest.slice(index + words.length)
    }
  })
  return page.slice(0, start) + main + page.slice(end)
}
