import { SafeHtml, html } from './html'
import { SITE_SECTIONS, type SiteSection, publicPath } from './publicUrls'
import type { SiteSettings } from './siteSettings'

/** The accent colour from Site settings, as a style element for the page's head (checked for contrast when saved); `html:root` outranks the stylesheet's `:root` wherever it comes. */
export const accentStyle = (site: SiteSettings): SafeHtml => new SafeHtml(`<style>html:root{--brand:${site.accentColour}}</style>`)

/** The page title every page and CMS page uses: "Page · Site name". */
export const pageTitle = (title: string, site: SiteSettings): string => `${title} · ${site.name}`

/**
 * The site's header, footer and error summary as HTML, shared by the site's layout
 * (site/layouts/Page.astro) and the pages the CMS serves (cms/endpoints/support/htmlPage.ts),
 * so the two cannot drift apart. `origin` is '' on the site and the site's address in the CMS.
 */
export const siteHeader = ({
  origin = '',
  section,
  site,
  logoUrl,
}: {
  origin?: string
  section?: SiteSection
  site: SiteSettings
  logoUrl?: string | null
}): SafeHtml =>
  html`<header class="site-header">
      <div class="wrap">
        <a class="site-name" href="${origin}${publicPath.home}">${logoUrl ? html`<img class="site-logo" src="${logoUrl}" alt="" width="40" height="40">` : ''}${site.name}</a>
        <nav class="site-nav" aria-label="Main">
          <ul>
            ${SITE_SECTIONS.map((item) => html`<li><a href="${origin}${item.href}"${section === item.key ? new SafeHtml(' aria-current="page"') : ''}>${item.label}</a></li>`)}
          </ul>
        </nav>
        ${
          section !== 'search' &&
          html`<form class="site-search" role="search" aria-label="Site" action="${origin}${publicPath.search}" method="get">
          <label for="site-search-query" class="visually-hidden">Search ${site.name}</label>
          <input id="site-search-query" name="q" type="search" maxlength="200">
          <button type="submit">Search</button>
        </form>`
        }
      </div>
    </header>`

/** `sourceUrl` is where this installation's source is published (AGPL section 13). */
export const siteFooter = ({ origin = '', sourceUrl, site }: { origin?: string; sourceUrl: string; site: SiteSettings }): SafeHtml => {
  const links = [
    { label: 'Contact us', url: `${origin}${publicPath.contact}` },
    { label: 'Accessibility statement', url: `${origin}${publicPath.accessibility}` },
    { label: 'Privacy notice', url: `${origin}${publicPath.privacy}` },
    { label: 'Get the newsletter', url: `${origin}${publicPath.newsletter}` },
    { label: 'Follow by feed', url: `${origin}${publicPath.feeds}` },
    { label: 'Open data', url: `${origin}${publicPath.openData}` },
    { label: 'Glossary', url: `${origin}${publicPath.glossary}` },
    { label: 'Site map', url: `${origin}${publicPath.siteMap}` },
    ...site.footerLinks,
  ]
  return html`<footer class="site-footer">
      <div class="wrap">
        <p>${site.name} is run by ${site.organisation}: community-led plans, consultations and what changed because of them.</p>
        <nav aria-label="Footer"><ul class="footer-links">${links.map((link) => html`<li><a href="${link.url}">${link.label}</a></li>`)}</ul></nav>
        <p class="powered-by">Powered by Folkmoot, free software · <a href="${sourceUrl}">Source code</a></p>
      </div>
    </footer>`
}

/** "There is a problem", linking each message to its field; focused first so it is read at once. */
export const errorSummary = (
  errors: ReadonlyArray<{ field: string; message: string }>,
  anchorOf: (field: string) => string = (field) => field,
): SafeHtml | null =>
  errors.length === 0
    ? null
    : html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title" data-error-summary>
  <h2 id="error-summary-title">There is a problem</h2>
  <ul>${errors.map((error) => html`<li><a href="#${anchorOf(error.field)}">${error.message}</a></li>`)}</ul>
</div>`
