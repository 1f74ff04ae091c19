import type { Boundary, Position } from '../lib/geojson'
import type { Random } from './random'

const KM_PER_DEGREE_LAT = 110.574

/** An irregular closed polygon around a centre, so demo communities have believable shapes. */
export const boundaryAround = (centre: [number, number], radiusKm: number, random: Random, corners = 14): Boundary => {
  const [lon, lat] = centre
  const kmPerDegreeLon = 111.32 * Math.cos((lat * Math.PI) / 180)
  const ring: Position[] = []
  for (let corner = 0; corner < corners; corner += 1) {
    const angle = (corner / corners) * 2 * Math.PI
    const distance = radiusKm * (0.7 + random.next() * 0.5)
    const round = (value: number) => Math.round(value * 1e5) / 1e5
    ring.push([round(lon + (distance * Math.cos(angle)) / kmPerDegreeLon), round(lat + (distance * Math.sin(angle)) / KM_PER_DEGREE_LAT)])
  }
  ring.push([...(ring[0] as Position)])
  return { type: 'Polygon', coordinates: [ring] }
}
