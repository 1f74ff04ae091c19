import { describe, expect, it } from 'vitest'

import { linkGlossaryTerms } from '../../site/lib/linkGlossaryTerms'
import { plainTextHtml } from '../../cms/shared/plainText'

const page = (main: string) =>
  `<html><head><title>LDP</title></head><body><header><a>LDP</a></header><main id="main">${main}</main><footer>LDP</footer></body></html>`

describe('glossary links', () => {
  it('link the first appearance of a term in the main content, once', () => {
    const out = linkGlossaryTerms(page('<p>The LDP says so.</p><p>The LDP again.</p>'))
    expect(out.match(/<a class="term" href="\/glossary\/#ldp">LDP<\/a>/g)).toHaveLength(1)
    expect(out).toContain('<p>The LDP again.</p>')
    expect(out).toContain('<title>LDP</title>')
    expect(out).toContain('<footer>LDP</footer>')
  })

  it('leave headings, links and attributes alone and link the first plain mention instead', () => {
    const out = linkGlossaryTerms(page('<h2>About the LDP</h2><p><a href="/x">LDP map</a> <img alt="LDP"> then the S106 and the LDP.</p>'))
    expect(out).toContain('<h2>About the LDP</h2>')
    expect(out).toContain('<a href="/x">LDP map</a>')
    expect(out).toContain('alt="LDP"')
    expect(out).toContain('then the <a class="term" href="/glossary/#s106">S106</a> and the <a class="term" href="/glossary/#ldp">LDP</a>.')
  })

  it('match whole words only', () => {
    expect(linkGlossaryTerms(page('<p>CILIA and LDPs</p>'))).toBe(page('<p>CILIA and LDPs</p>'))
  })
})

describe('editable texts', () => {
  it('become escaped paragraphs and lists', () => {
    expect(plainTextHtml('One <b>line</b>.\n\n- first\n- second\nLast.').value).toBe(
      '<p>One &lt;b&gt;line&lt;/b&gt;.</p><ul><li>first</li><li>second</li></ul><p>Last.</p>',
    )
  })
})
