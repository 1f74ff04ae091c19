import type { FieldHook } from 'payload'

import { readBoundaryInput } from '../lib/boundaryInput'
import type { Community } from '../payload-types'

/**
 * Before validation, boundary text as people paste it (a Feature, a FeatureCollection, far too
 * many points) becomes the geometry Folkmoot keeps: one Polygon or MultiPolygon within the
 * vertex budget. Text with a problem is left as given, so validation names the problem.
 */
export const keepBoundaryAsGeometry: FieldHook<Community, string | null | undefined> = ({ value }) => {
  if (!value?.trim()) return value
  const read = readBoundaryInput(value)
  return 'boundary' in read ? JSON.stringify(read.boundary) : value
}
