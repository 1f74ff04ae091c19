import type { APIRoute } from 'astro'
import sharp from 'sharp'

import { sharingSvg } from '../lib/sharing'
import { siteSettings } from '../lib/siteSettings'

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(sharingSvg(siteSettings())))
    .png()
    .toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
