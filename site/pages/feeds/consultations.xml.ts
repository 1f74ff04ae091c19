import type { APIRoute } from 'astro'

import { atomFeed } from '../../lib/atom'
import { snapshot } from '../../lib/snapshot'
import { siteSettings } from '../../lib/siteSettings'
import { publicPath } from '../../../cms/shared/publicUrls'

export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => new URL(path, site).href
  const entries = [...snapshot().consultations]
    .sort((a, b) => b.opensAt.localeCompare(a.opensAt))
    .map((consultation) => ({
      id: at(publicPath.consultation(consultation.slug)),
      title: consultation.title,
      url: at(publicPath.consultation(consultation.slug)),
      updated: new Date(consultation.updatedAt).toISOString(),
      summary: consultation.summary,
    }))
  return new Response(
    atomFeed({
      title: `${siteSettings().name}: consultations`,
      author: siteSettings().organisation,
      url: at(publicPath.consultations),
      self: at(publicPath.consultationsFeed),
      entries,
    }),
    {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    },
  )
}
