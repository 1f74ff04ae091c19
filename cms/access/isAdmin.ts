import type { PayloadRequest } from 'payload'

import { actorOf, hasRole } from './roles'

/** A plain yes or no, so it also serves where Payload wants a boolean (`jobs.access`). */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(actorOf(req), 'admin')
