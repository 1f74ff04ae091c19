import { type CollectionBeforeOperationHook, executeAccess } from 'payload'

/**
 * Restoring a version is checked by Payload against update access with the version's status
 * only, never its content: a member could bring back an old owner, or a partner's answer
 * since withdrawn. Restoring is for those who may read the versions (editors), as in the admin.
 */
export const restoreNeedsVersionAccess: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, collection, req }) => {
  if (operation !== 'restoreVersion' || overrideAccess) return args
  await executeAccess({ req }, collection.access.readVersions)
  return args
}
