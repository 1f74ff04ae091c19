import type { Access } from 'payload'

/** Records only the system writes (with overrideAccess), never a person through the API or admin. */
export const nobody: Access = () => false
