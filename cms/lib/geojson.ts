/** A GeoJSON Polygon or MultiPolygon geometry (RFC 7946), longitude first. */
export type Position = [number, number]
export type Boundary = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] }

/**
 * The most points a boundary may have in all its rings together. A parish traced from
 * OpenStreetMap has a few hundred to a few thousand; far more only slows every site build
 * and page, and 200,000 once stopped every rebuild.
 */
export const MAX_BOUNDARY_POINTS = 10_000

/** Counts the points without flattening, so the count itself never builds a huge array. */
const pointCount = (polygons: unknown[]): number => {
  let count = 0
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue
    for (const ring of rings) if (Array.isArray(ring)) count += ring.length
  }
  return count
}

const checkPosition = (position: unknown, where: string): string | null => {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) return `${where} must be [longitude, latitude].`
  const [lon, lat] = position as unknown[]
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) return `${where}: longitude must be a number from -180 to 180.`
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) return `${where}: latitude must be a number from -90 to 90.`
  return null
}

const checkRing = (ring: unknown, where: string): string | null => {
  if (!Array.isArray(ring) || ring.length < 4) return `${where} needs at least four points (the first repeated at the end).`
  for (const [index, position] of ring.entries()) {
    const problem = checkPosition(position, `${where}, point ${index + 1}`)
    if (problem) return problem
  }
  const first = ring[0] as number[]
  const last = ring[ring.length - 1] as number[]
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed: its last point must repeat its first.`
  return null
}

const checkPolygon = (rings: unknown, where: string): string | null => {
  if (!Array.isArray(rings) || rings.length === 0) return `${where} needs at least one ring of points.`
  for (const [index, ring] of rings.entries()) {
    const problem = checkRing(ring, `${where}, ring ${index + 1}`)
    if (problem) return problem
  }
  return null
}

/** The first problem with a Polygon or MultiPolygon's shape, whatever its size; null when none. */
export const shapeProblem = (value: unknown): string | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The boundary must be a GeoJSON Polygon or MultiPolygon object.'
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown }
  if (type === 'Polygon') return checkPolygon(coordinates, 'Polygon')
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return 'MultiPolygon needs at least one polygon.'
    for (const [index, polygon] of coordinates.entries()) {
      const problem = checkPolygon(polygon, `Polygon ${index + 1}`)
      if (problem) return problem
    }
    return null
  }
  return `The boundary type must be "Polygon" or "MultiPolygon", not ${JSON.stringify(type)}.`
}

/** Returns a sentence naming the first problem with a stored boundary, or null when it is valid. */
export const boundaryProblem = (value: unknown): string | null => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { type, coordinates } = value as { type?: unknown; coordinates?: unknown }
    if ((type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates)) {
      const points = pointCount(type === 'Polygon' ? [coordinates] : coordinates)
      if (points > MAX_BOUNDARY_POINTS) {
        return `The boundary has ${points.toLocaleString('en-GB')} points; the limit is ${MAX_BOUNDARY_POINTS.toLocaleString('en-GB')}. Simplify it in your mapping tool (for example "Simplify" in QGIS or mapshaper) and paste it again.`
      }
    }
  }
  return shapeProblem(value)
}

/** Parses boundary text as stored; null when it is not a valid boundary. */
export const parseBoundary = (text: string): Boundary | null => {
  try {
    const value: unknown = JSON.parse(text)
    return boundaryProblem(value) === null ? (value as Boundary) : null
  } catch {
    return null
  }
}

/** The problem with boundary text, including text that is not JSON at all; null when valid. */
export const boundaryTextProblem = (text: string): string | null => {
  try {
    return boundaryProblem(JSON.parse(text))
  } catch {
    return 'The boundary is not valid JSON. Paste the GeoJSON exactly as your mapping tool exported it.'
  }
}
