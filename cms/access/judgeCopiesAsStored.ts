import type { CollectionBeforeOperationHook } from 'payload'

import type { Ownership } from './ownership'

/**
 * Payload's duplicate runs create access on the request body alone, then fills in everything
 * the body leaves out from the source. A copy of another community's entry, or a published
 * plan copied by a member who may only draft, passed create access because the body named no
 * owner and no status. Naming the source's owners and status in the data first lets create
 * access judge the copy as it will be stored. (A `?draft=true` copy is then set to draft by
 * Payload, after this hook and before access.)
 */
export const judgeCopiesAsStored =
  ({ communityField }: Ownership): CollectionBeforeOperationHook =>
  async ({ args, operation, collection, req }) => {
    if (operation !== 'create' || args.duplicateFromID === undefined || args.duplicateFromID === null) return args
    const source = (await req.payload.findByID({
      collection: collection.slug,
      id: args.duplicateFromID as number | string,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      select: { [communityField]: true, cluster: true, _status: true },
      req,
    })) as Record<string, unknown> | null
    // Payload's own read check answers for a source that is not there.
    if (!source) return args
    const asStored = {
      ...('_status' in source ? { _status: source._status } : {}),
      [communityField]: source[communityField] ?? null,
      cluster: source.cluster ?? null,
    }
    return { ...args, data: { ...asStored, ...(args.data as Record<string, unknown> | undefined) } }
  }
