import type { APIRoute } from 'astro'

import { faviconSvg } from '../lib/sharing'
import { siteSettings } from '../lib/siteSettings'

export const GET: APIRoute = () => new Response(faviconSvg(siteSettings()), { headers: { 'Content-Type': 'image/svg+xml' } })
