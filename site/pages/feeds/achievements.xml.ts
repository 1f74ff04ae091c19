import type { APIRoute } from 'astro'

import { achievements } from '../../lib/achievements'
import { atomFeed } from '../../lib/atom'
import { snapshot } from '../../lib/snapshot'
import { siteSettings } from '../../lib/siteSettings'
import { publicPath } from '../../../cms/shared/publicUrls'

export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => new URL(path, site).href
  const entries = achievements(snapshot()).map((log) => ({
    id: at(publicPath.achievement(log.id)),
    title: log.title,
    url: at(publicPath.achievement(log.id)),
    updated: new Date(log.updatedAt).toISOString(),
    summary: log.whatChanged,
  }))
  return new Response(
    atomFeed({
      title: `${siteSettings().name}: achievements`,
      author: siteSettings().organisation,
      url: at(publicPath.achievements),
      self: at(publicPath.achievementsFeed),
      entries,
    }),
    {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    },
  )
}
