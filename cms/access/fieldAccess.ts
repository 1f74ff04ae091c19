import type { FieldAccess } from 'payload'

import { actorOf, hasRole } from './roles'

/** Field-level predicates: who may see or set a single field. */
export const signedInField: FieldAccess = ({ req }) => actorOf(req) !== null
export const editorsField: FieldAccess = ({ req }) => hasRole(actorOf(req), 'admin', 'editor')
export const adminsField: FieldAccess = ({ req }) => hasRole(actorOf(req), 'admin')
/** Internal state that no one reads through the API; server code reads it with overrideAccess. */
export const nobodyField: FieldAccess = () => false
