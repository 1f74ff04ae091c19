import type { Endpoint, PayloadRequest } from 'payload'

import { actorOf, hasRole } from '../../access/roles'
import { eraseSubscriberData, exportSubscriberData } from './subscriberRecords'
import { jsonResponse, problemResponse } from '../../endpoints/support/responses'

const subscriberId = (req: PayloadRequest): string | undefined => {
  const id = req.routeParams?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

const exists = async (req: PayloadRequest, id: string) =>
  Boolean(await req.payload.findByID({ collection: 'subscribers', id, depth: 0, select: {}, disableErrors: true }).catch(() => null))

/** Editors may export one subscriber's data for them; only admins may erase it. */
export const subscriberDataEndpoints: Endpoint[] = [
  {
    path: '/:id/export',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(actorOf(req), 'admin', 'editor')) return problemResponse(403, 'Only editors and admins may export subscriber data.')
      const id = subscriberId(req)
      if (!id || !(await exists(req, id))) return problemResponse(404, 'No such subscriber.')
      const data = await exportSubscriberData(req.payload, id)
      return new Response(JSON.stringify(data, null, 2), {
        status: 200,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="subscriber-${id}.json"`,
          'cache-control': 'no-store',
        },
      })
    },
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(actorOf(req), 'admin')) return problemResponse(403, 'Only admins may erase subscriber data.')
      const id = subscriberId(req)
      if (!id || !(await exists(req, id))) return problemResponse(404, 'No such subscriber.')
      const erased = await eraseSubscriberData(req.payload, id)
      return jsonResponse(200, { message: 'The subscriber and their personal data are erased.', ...erased })
    },
  },
]
