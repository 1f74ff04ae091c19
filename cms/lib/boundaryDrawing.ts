import type { Boundary, Position } from './geojson'

export type BoundaryDrawing = { path: string; viewBox: string; widthKm: number; heightKm: number; centre: [number, number]; corners: number }

const KM_PER_DEGREE_LAT = 110.574

/**
 * A boundary as an SVG path, north up, with the figures its text alternative needs: drawn
 * without map tiles, so the public site and the admin's preview fetch nothing.
 */
export const drawBoundaryShape = (boundary: Boundary): BoundaryDrawing => {
  const polygons: Position[][][] = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates
  const points = polygons.flat(2)
  // A loop, not Math.min(...lons): spreading a long array into arguments overflows the stack.
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity]
  for (const [lon, lat] of points) {
    west = Math.min(west, lon)
    east = Math.max(east, lon)
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  const midLat = (south + north) / 2
  const kmPerDegreeLon = 111.32 * Math.cos((midLat * Math.PI) / 180)
  const widthKm = (east - west) * kmPerDegreeLon
  const heightKm = (north - south) * KM_PER_DEGREE_LAT
  const scale = 1000 / Math.max(widthKm, heightKm, 0.001)
  const project = ([lon, lat]: Position) => `${((lon - west) * kmPerDegreeLon * scale).toFixed(1)},${((north - lat) * KM_PER_DEGREE_LAT * scale).toFixed(1)}`
  const path = polygons.map((rings) => rings.map((ring) => `M${ring.map(project).join('L')}Z`).join('')).join('')
  return {
    path,
    viewBox: `-20 -20 ${(widthKm * scale + 40).toFixed(0)} ${(heightKm * scale + 40).toFixed(0)}`,
    widthKm: Math.round(widthKm * 10) / 10,
    heightKm: Math.round(heightKm * 10) / 10,
    centre: [Math.round(((west + east) / 2) * 1000) / 1000, Math.round(midLat * 1000) / 1000],
    corners: points.length,
  }
}
