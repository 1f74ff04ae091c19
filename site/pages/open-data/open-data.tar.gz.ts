import type { APIRoute } from 'astro'

import { openDataArchive } from '../../lib/openData'

export const GET: APIRoute = () => new Response(new Uint8Array(openDataArchive()), { headers: { 'Content-Type': 'application/gzip' } })
