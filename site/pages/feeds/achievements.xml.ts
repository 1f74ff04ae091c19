import type { APIRoute } from 'astro'

import { achievements } from '../../lib/achievements'
import { atomFeed } from '../../lib/atom'
import { snapshot } from '../../lib/snapshot'

export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => new URL(path, site).href
  const entries = achievements(snapshot()).map((log) => ({
    id: at(`/achievements/#log-${log.id}`),
    title: log.title,
    url: at('/achievements/'),
    updated: new Date(log.updatedAt).toISOString(),
    summary: log.whatChanged,
  }))
  return new Response(atomFeed({ title: 'Folkmoot achievements', url: at('/achievements/'), self: at('/feeds/achievements.xml'), entries }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
