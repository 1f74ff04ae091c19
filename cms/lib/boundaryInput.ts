import simplify from 'simplify-js'

import { type Boundary, type Position, MAX_BOUNDARY_POINTS, boundaryProblem, shapeProblem } from './geojson'

/**
 * Boundaries are kept to this many points: plenty for a parish drawn on a page a few hundred
 * pixels wide, and small enough that every page and build carrying it stays quick.
 */
export const BOUNDARY_VERTEX_BUDGET = 2_000

/** Beyond this many points the text is refused before any work: no real boundary is near it. */
export const MAX_BOUNDARY_INPUT_POINTS = 500_000

/** How to get longitude and latitude out of the tools people use, in one sentence. */
export const EXPORT_WGS84_HINT =
  'Export it again as WGS 84 (EPSG:4326): in QGIS use Export › Save Features As… with format GeoJSON and CRS "EPSG:4326 - WGS 84"; geojson.io always saves WGS 84.'

export type BoundaryInput = { boundary: Boundary; pointsGiven: number; pointsKept: number } | { problem: string }

type Polygon = Position[][]

const typeOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined)

/** The polygons of a Polygon or MultiPolygon geometry, or a sentence saying why there are none. */
const polygonsOfGeometry = (geometry: unknown, where: string): Polygon[] | string => {
  const type = typeOf(geometry)
  const coordinates = (geometry as { coordinates?: unknown } | null)?.coordinates
  if (type === 'Polygon') return [coordinates as Polygon]
  if (type === 'MultiPolygon') return Array.isArray(coordinates) ? (coordinates as Polygon[]) : 'MultiPolygon needs at least one polygon.'
  if (geometry === null || geometry === undefined) return `${where} has no geometry.`
  return `${where} is a ${JSON.stringify(type)}; a boundary takes only Polygon and MultiPolygon shapes.`
}

/** Unwraps what mapping tools export (a Feature, a FeatureCollection) down to its polygons. */
const polygonsOf = (value: unknown): Polygon[] | string => {
  const type = typeOf(value)
  if (type === 'Feature') return polygonsOfGeometry((value as { geometry?: unknown }).geometry, 'The Feature')
  if (type === 'FeatureCollection') {
    const features = (value as { features?: unknown }).features
    if (!Array.isArray(features) || features.length === 0) return 'The FeatureCollection has no features.'
    const polygons: Polygon[] = []
    for (const [index, feature] of features.entries()) {
      const found = polygonsOfGeometry((feature as { geometry?: unknown } | null)?.geometry, `Feature ${index + 1}`)
      if (typeof found === 'string') return found
      polygons.push(...found)
    }
    return polygons
  }
  if (type === 'Polygon' || type === 'MultiPolygon') return polygonsOfGeometry(value, 'The boundary')
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The boundary must be a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection.'
  }
  return `The boundary type must be "Polygon", "MultiPolygon", "Feature" or "FeatureCollection", not ${JSON.stringify(type)}.`
}

const eachPosition = function* (polygons: Polygon[]): Generator<unknown> {
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue
    for (const ring of rings) if (Array.isArray(ring)) yield* ring
  }
}

const countPoints = (polygons: Polygon[]): number => {
  let count = 0
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue
    for (const ring of rings) if (Array.isArray(ring)) count += ring.length
  }
  return count
}

/**
 * British National Grid eastings run 0–700,000 m and northings 0–1,300,000 m: numbers far
 * outside longitude and latitude, and well inside those ranges, are grid references.
 */
const looksLikeNationalGrid = (polygons: Polygon[], declaredCrs: string): boolean => {
  if (/27700/.test(declaredCrs)) return true
  for (const position of eachPosition(polygons)) {
    if (!Array.isArray(position)) return false
    const [x, y] = position as unknown[]
    if (typeof x !== 'number' || typeof y !== 'number') return false
    return x >= 0 && x <= 700_000 && y >= 0 && y <= 1_300_000 && (x > 180 || y > 90)
  }
  return false
}

/** The old GeoJSON `crs` member some QGIS versions still write, as a name. */
const crsName = (value: unknown): string => {
  const crs = (value as { crs?: { properties?: { name?: unknown } } } | null)?.crs
  return typeof crs?.properties?.name === 'string' ? crs.properties.name : ''
}

const round = (value: number) => Math.round(value * 1e6) / 1e6

/** A ring simplified at a tolerance (in kilometres); null when it shrinks below a ring. */
const simplifyRing = (ring: Position[], tolerance: number, kmPerDegreeLon: number, kmPerDegreeLat: number): Position[] | null => {
  if (tolerance === 0) return ring
  const kept = simplify(
    ring.map(([lon, lat]) => ({ x: lon * kmPerDegreeLon, y: lat * kmPerDegreeLat })),
    tolerance,
    true,
  ).map(({ x, y }): Position => [x / kmPerDegreeLon, y / kmPerDegreeLat])
  return kept.length >= 4 ? kept : null
}

/** Rings that shrink to nothing at this tolerance go: a hole on its own, an outer ring with its holes. */
const simplifyAll = (polygons: Polygon[], tolerance: number, kmPerDegreeLon: number, kmPerDegreeLat: number): Polygon[] =>
  polygons.flatMap((rings) => {
    const [outer, ...holes] = rings.map((ring) => simplifyRing(ring, tolerance, kmPerDegreeLon, kmPerDegreeLat))
    if (!outer) return []
    return [[outer, ...holes.filter((hole): hole is Position[] => hole !== null)]]
  })

/**
 * The smallest tolerance that brings the boundary within the budget, found by halving the
 * interval: Douglas-Peucker keeps fewer points as the tolerance grows.
 */
const simplifyToBudget = (polygons: Polygon[], budget: number): Polygon[] => {
  if (countPoints(polygons) <= budget) return polygons
  let [south, north] = [Infinity, -Infinity]
  for (const position of eachPosition(polygons)) {
    const lat = (position as Position)[1]
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  const kmPerDegreeLat = 110.574
  const kmPerDegreeLon = 111.32 * Math.cos((((south + north) / 2) * Math.PI) / 180)
  // In kilometres: no boundary Folkmoot draws needs a coarser tolerance than 50 km.
  let low = 0
  let high = 50
  let best: Polygon[] | null = null
  for (let step = 0; step < 30; step += 1) {
    const middle = (low + high) / 2
    const attempt = simplifyAll(polygons, middle, kmPerDegreeLon, kmPerDegreeLat)
    // Nothing left means the tolerance is coarser than the whole shape: go finer.
    if (attempt.length === 0) high = middle
    else if (countPoints(attempt) <= budget) {
      best = attempt
      high = middle
    } else low = middle
  }
  return best ?? polygons
}

/**
 * Reads boundary text as people give it: a Polygon or MultiPolygon, or the Feature and
 * FeatureCollection that geojson.io, QGIS and the ONS portal export. Returns the geometry to
 * keep (simplified to the vertex budget, coordinates to six decimals, about 10 cm) or a
 * sentence naming the first problem.
 */
export const readBoundaryInput = (text: string, budget = BOUNDARY_VERTEX_BUDGET): BoundaryInput => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { problem: 'The boundary is not valid JSON. Paste the GeoJSON exactly as your mapping tool exported it.' }
  }
  const polygons = polygonsOf(value)
  if (typeof polygons === 'string') return { problem: polygons }
  if (polygons.length === 0) return { problem: 'The boundary has no polygons in it.' }
  const pointsGiven = countPoints(polygons)
  if (pointsGiven > MAX_BOUNDARY_INPUT_POINTS) {
    return {
      problem: `The boundary has ${pointsGiven.toLocaleString('en-GB')} points, more than the ${MAX_BOUNDARY_INPUT_POINTS.toLocaleString('en-GB')} Folkmoot can take. Simplify it in your mapping tool (for example "Simplify" in QGIS or mapshaper) and paste it again.`,
    }
  }
  if (looksLikeNationalGrid(polygons, crsName(value))) {
    return { problem: `These look like British National Grid eastings and northings (EPSG:27700), not longitude and latitude. ${EXPORT_WGS84_HINT}` }
  }
  const geometry: Boundary = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons }
  // Check what was given before simplifying, so a problem names the point people pasted.
  const problem = shapeProblem(geometry)
  if (problem) return { problem }
  const kept = simplifyToBudget(
    polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]): Position => [round(lon), round(lat)]))),
    Math.min(budget, MAX_BOUNDARY_POINTS),
  )
  const boundary: Boundary = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept }
  const keptProblem = boundaryProblem(boundary)
  return keptProblem ? { problem: keptProblem } : { boundary, pointsGiven, pointsKept: countPoints(kept) }
}

/** The sentence naming what is wrong with boundary text, or true when it can be kept. */
export const boundaryInputProblem = (text: string): string | true => {
  const read = readBoundaryInput(text)
  return 'problem' in read ? read.problem : true
}
