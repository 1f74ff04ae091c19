import type { Payload } from 'payload'

import { type Place, placesOf } from './places'

type Owner = { communities?: ReadonlyArray<unknown> | null; cluster?: unknown }

const idOf = (value: unknown): number | string | null =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? (value as { id: number | string }).id
      : null

/** The communities a consultation asks people to choose from, read with system access (staff tools only). */
export const readPlaces = async (payload: Payload, consultation: Owner): Promise<Place[]> => {
  const clusterId = idOf(consultation.cluster)
  const clusters =
    clusterId === null
      ? []
      : (
          await payload.find({
            collection: 'clusters',
            where: { id: { equals: clusterId } },
            depth: 0,
            limit: 1,
            select: { members: true },
            overrideAccess: true,
          })
        ).docs
  const ids = (clusters[0]?.members ?? consultation.communities ?? []).map(idOf).filter((id): id is number | string => id !== null)
  if (ids.length < 2) return []
  const { docs } = await payload.find({
    collection: 'communities',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    limit: 0,
    select: { name: true },
    overrideAccess: true,
  })
  return placesOf(consultation, clusters, docs)
}
