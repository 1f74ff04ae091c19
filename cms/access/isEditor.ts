import type { Access } from 'payload'

import { actorOf, hasRole } from './roles'

/** Editors and admins: the people who publish. */
export const isEditor: Access = ({ req }) => hasRole(actorOf(req), 'admin', 'editor')
