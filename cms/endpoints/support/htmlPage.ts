import fs from 'node:fs'
import path from 'node:path'

import { siteUrl } from '../../settings'
import { SITE_SECTIONS } from '../../shared/publicUrls'
import { SafeHtml, html } from '../../lib/html'

let siteStyles: string | undefined

/** The site's own stylesheets, inlined so that pages served by the CMS look like the site. */
const styles = (): string => {
  siteStyles ??= ['site.css', 'forms.css'].map((file) => fs.readFileSync(path.resolve(process.cwd(), 'site/styles', file), 'utf8')).join('\n')
  return siteStyles
}

/**
 * A whole page in the site's look, for the CMS endpoints that answer a plain form post (an error
 * round trip, a confirmation link): same header, same landmarks, no script.
 */
export const htmlPage = ({ title, body }: { title: string; body: SafeHtml }): string => {
  const site = siteUrl()
  return `<!doctype html>${html`<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${title} · Folkmoot</title>
    <style>${new SafeHtml(styles())}</style>
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <div class="wrap">
        <a class="site-name" href="${site}/">Folkmoot</a>
        <nav class="site-nav" aria-label="Main">
          <ul>${SITE_SECTIONS.map((section) => html`<li><a href="${site}${section.href}">${section.label}</a></li>`)}</ul>
        </nav>
      </div>
    </header>
    <main id="main" class="wrap" tabindex="-1">${body}</main>
    <footer class="site-footer"><div class="wrap"><p>Folkmoot: community-led plans, consultations and what changed because of them.</p></div></footer>
  </body>
</html>`.value}`
}
