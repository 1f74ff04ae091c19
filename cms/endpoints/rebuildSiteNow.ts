import type { Endpoint } from 'payload'

import { actorOf, hasRole } from '../access/roles'
import { QUEUES } from '../shared/queues'
import { jsonResponse, problemResponse, wantsHtml } from './support/responses'

/**
 * POST /api/site-build/rebuild: the dashboard's "Rebuild now" (a plain form, so it works without
 * JavaScript). Editors and admins only; it queues the same job a publish queues, to run at once.
 */
export const rebuildSiteNowEndpoint: Endpoint = {
  path: '/site-build/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(actorOf(req), 'admin', 'editor')) return problemResponse(403, 'Only editors and admins may rebuild the public site.')
    await req.payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: QUEUES.site, req })
    if (wantsHtml(req)) {
      const admin = req.payload.config.routes.admin
      return new Response(null, { status: 303, headers: { location: `${admin}?rebuild=queued`, 'cache-control': 'no-store' } })
    }
    return jsonResponse(202, { message: 'A rebuild of the public site is queued; it starts within a few seconds.' })
  },
}
