import { describe, expect, it } from 'vitest'

import { SafeHtml, html } from '../../cms/shared/html'

describe('the html template', () => {
  it('escapes every interpolated value', () => {
    const name = `<script>alert("x")</script> & 'friends'`
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;</p>',
    )
  })

  it('keeps nested templates and lists as markup, and drops empty values', () => {
    const items = ['a<b', 'c']
    expect(html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>${null}${false}${undefined}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0')
  })

  it('inserts SafeHtml untouched', () => {
    expect(html`<div>${new SafeHtml('<em>ok</em>')}</div>`.value).toBe('<div><em>ok</em></div>')
  })
})
