import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

export type Tally = { created: number; existing: number }

/**
 * Find the document matching `where`, or create it. This is what makes seeding idempotent and
 * resumable: a second run, or a run after a crash, only adds what is missing.
 */
export const ensure = async <S extends CollectionSlug>(
  payload: Payload,
  tally: Tally,
  collection: S,
  where: Where,
  data: () => RequiredDataFromCollectionSlug<S> | Promise<RequiredDataFromCollectionSlug<S>>,
  file?: () => Promise<{ data: Buffer; mimetype: string; name: string; size: number }>,
): Promise<DataFromCollectionSlug<S>> => {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  const existing = found.docs[0]
  if (existing) {
    tally.existing += 1
    return existing
  }
  // The caller rebuilds the site and the search index once when seeding is done, not once per document.
  const created = await payload.create({
    collection,
    data: await data(),
    depth: 0,
    context: { siteRebuild: false, searchSync: false },
    ...(file ? { file: await file() } : {}),
  })
  tally.created += 1
  return created
}
