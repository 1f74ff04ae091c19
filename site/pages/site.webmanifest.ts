import type { APIRoute } from 'astro'

import { publicPath } from '../../cms/shared/publicUrls'
import { siteSettings } from '../lib/siteSettings'

/** Lets a phone add the site to its home screen under the install's own name and colour. */
export const GET: APIRoute = () => {
  const site = siteSettings()
  const manifest = {
    name: site.name,
    short_name: site.name.length > 12 ? site.name.split(/\s+/)[0] : site.name,
    start_url: publicPath.home,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: site.accentColour,
    icons: [{ src: publicPath.favicon, sizes: 'any', type: 'image/svg+xml' }],
  }
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } })
}
