import { SafeHtml, html } from './html'
import { SITE_SECTIONS, type SiteSection, publicPath } from './publicUrls'

/**
 * The site's header, footer and error summary as HTML, shared by the site's layout
 * (site/layouts/Page.astro) and the pages the CMS serves (cms/endpoints/support/htmlPage.ts),
 * so the two cannot drift apart. `origin` is '' on the site and the site's address in the CMS.
 */
export const siteHeader = ({ origin = '', section }: { origin?: string; section?: SiteSection } = {}): SafeHtml =>
  html`<header class="site-header">
      <div class="wrap">
        <a class="site-name" href="${origin}${publicPath.home}">Folkmoot</a>
        <nav class="site-nav" aria-label="Main">
          <ul>
            ${SITE_SECTIONS.map((item) => html`<li><a href="${origin}${item.href}"${section === item.key ? new SafeHtml(' aria-current="page"') : ''}>${item.label}</a></li>`)}
          </ul>
        </nav>
        ${
          section !== 'search' &&
          html`<form class="site-search" role="search" aria-label="Site" action="${origin}${publicPath.search}" method="get">
          <label for="site-search-query" class="visually-hidden">Search Folkmoot</label>
          <input id="site-search-query" name="q" type="search" maxlength="200">
          <button type="submit">Search</button>
        </form>`
        }
      </div>
    </header>`

/** `sourceUrl` is where this installation's source is published (AGPL section 13). */
export const siteFooter = ({ origin = '', sourceUrl }: { origin?: string; sourceUrl: string }): SafeHtml =>
  html`<footer class="site-footer">
      <div class="wrap">
        <p>Folkmoot: community-led plans, consultations and what changed because of them.</p>
        <p><a href="${origin}${publicPath.newsletter}">Get the newsletter</a> · <a href="${origin}/sitemap-index.xml">Site map</a> · <a href="${origin}${publicPath.openData}">Open data</a> · <a href="${origin}${publicPath.consultationsFeed}">Consultations feed</a> · <a href="${origin}${publicPath.achievementsFeed}">Achievements feed</a> · <a href="${sourceUrl}">Source code</a></p>
      </div>
    </footer>`

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
