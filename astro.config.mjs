import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { everyPageWritten } from './site/integrations/everyPageWritten.ts'

// The public site: static pages in dist/, built from the content snapshot (see site/lib/snapshot.ts).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [sitemap(), everyPageWritten()],
})
