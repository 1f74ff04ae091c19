import fs from 'node:fs'
import path from 'node:path'

import { sourceUrl } from '../../lib/sourceCode'
import { siteUrl } from '../../settings'
import { SafeHtml, html } from '../../shared/html'
import type { Payload } from 'payload'

import { readSiteSettings } from '../../lib/siteSettings'
import { accentStyle, pageTitle, siteFooter, siteHeader } from '../../shared/pageShell'

let siteStyles: string | undefined

/** The site's own stylesheets (cms/shared/styles/), inlined so that pages served by the CMS look like the site. */
const styles = (): string => {
  siteStyles ??= ['site.css', 'forms.css'].map((file) => fs.readFileSync(path.resolve(process.cwd(), 'cms/shared/styles', file), 'utf8')).join('\n')
  return siteStyles
}

/**
 * A whole page in the site's look, for the CMS endpoints that answer a plain form post (an error
 * round trip, a confirmation link): the site's own header and footer (cms/shared/pageShell.ts), no script.
 */
export const htmlPage = async (payload: Payload, { title, body }: { title: string; body: SafeHtml }): Promise<string> => {
  const origin = siteUrl()
  const site = await readSiteSettings(payload)
  return `<!doctype html>${
    html`<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${pageTitle(title, site)}</title>
    <style>${new SafeHtml(styles())}</style>
    ${accentStyle(site)}
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    ${siteHeader({ origin, site })}
    <main id="main" class="wrap" tabindex="-1">${body}</main>
    ${siteFooter({ origin, site, sourceUrl: sourceUrl() })}
  </body>
</html>`.value
  }`
}
