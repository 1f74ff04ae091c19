import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { settings } from './cms/settings.ts'
import { everyPageWritten } from './site/integrations/everyPageWritten.ts'

// The public site: static pages in dist/, built from the content snapshot (see site/lib/snapshot.ts).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: settings().SITE_OUT,
  site: settings().SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages that answer one person's action are no use to a search engine.
  integrations: [sitemap({ filter: (page) => !/\/(thank-you|check-your-mail)\/$/.test(page) }), everyPageWritten()],
})
