import type { Access } from 'payload'

import { actorOf, hasRole } from './roles'

export const isAdmin: Access = ({ req }) => hasRole(actorOf(req), 'admin')
