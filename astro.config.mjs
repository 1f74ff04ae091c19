import path from 'node:path'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { settings } from './cms/settings.ts'
import { everyPageWritten, sitemapPages } from './site/integrations/everyPageWritten.ts'

const work = settings().SITE_BUILD_WORK

// The public site: static pages in dist/, built from the content snapshot (see site/lib/snapshot.ts).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: settings().SITE_OUT,
  // Builds running at once (a preview while a publish builds) must not share caches: runAstroBuild gives each a folder.
  cacheDir: work ? path.join(work, 'astro-cache') : './node_modules/.astro',
  vite: {
    ...(work ? { cacheDir: path.join(work, 'vite-cache') } : {}),
    // The processes sharing a full build write into one folder (see runAstroBuild), and an incremental
    // build makes its folders while Astro bundles (see everyPageWritten): none may empty it.
    ...(settings().SITE_ROUTE_SHARD || settings().SITE_PREVIOUS_OUT ? { build: { emptyOutDir: false } } : {}),
  },
  site: settings().SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sitemap first: everyPageWritten completes an incremental build, and must not count its sitemap as kept.
  integrations: [sitemap(sitemapPages(settings().SITE_URL)), everyPageWritten()],
})
