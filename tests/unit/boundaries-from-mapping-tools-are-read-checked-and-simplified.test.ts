import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { drawBoundaryShape } from '../../cms/lib/boundaryDrawing'
import { BOUNDARY_VERTEX_BUDGET, EXPORT_WGS84_HINT, type BoundaryInput, readBoundaryInput } from '../../cms/lib/boundaryInput'
import { type Boundary, type Position, boundaryProblem } from '../../cms/lib/geojson'

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/boundaries', name), 'utf8')

type Collection = { type: 'FeatureCollection'; features: Array<{ type: 'Feature'; geometry: unknown }> }
const collectionFixture = (name: string) => JSON.parse(fixture(name)) as Collection

const kept = (read: BoundaryInput): { boundary: Boundary; pointsGiven: number; pointsKept: number } => {
  if ('problem' in read) throw new Error(`Expected a boundary, got: ${read.problem}`)
  return read
}

/** Shoelace area of a ring in square degrees, enough to compare a shape before and after. */
const area = (ring: Position[]) =>
  Math.abs(ring.reduce((sum, [x, y], index) => sum + x * ring[(index + 1) % ring.length]![1] - ring[(index + 1) % ring.length]![0] * y, 0) / 2)

/** A parish edge traced along hedges and a stream: a ragged ring of `points` positions, closed. */
const tracedParish = (points: number): Position[] => {
  const around = Array.from({ length: points - 1 }, (_, index): Position => {
    const angle = (2 * Math.PI * index) / (points - 1)
    const radius = 1 + 0.15 * Math.sin(angle * 7) + 0.04 * Math.sin(angle * 61) + 0.01 * Math.sin(angle * 347)
    return [-1.95 + 0.03 * radius * Math.cos(angle), 51.24 + 0.02 * radius * Math.sin(angle)]
  })
  return [...around, around[0]!]
}

describe('boundaries as mapping tools export them', () => {
  it('reads a geojson.io FeatureCollection as its one Polygon, to six decimals', () => {
    const { boundary, pointsGiven, pointsKept } = kept(readBoundaryInput(fixture('geojson-io-feature-collection.geojson')))
    expect(boundary.type).toBe('Polygon')
    expect(boundary.coordinates[0]).toHaveLength(8)
    expect((boundary.coordinates as Position[][])[0]![0]).toEqual([-1.984214, 51.247136])
    expect([pointsGiven, pointsKept]).toEqual([8, 8])
    expect(boundaryProblem(boundary)).toBeNull()
  })

  it('reads a QGIS FeatureCollection of a MultiPolygon with a hole, keeping both parts and the hole', () => {
    const { boundary } = kept(readBoundaryInput(fixture('qgis-parish-multipolygon.geojson')))
    expect(boundary.type).toBe('MultiPolygon')
    const polygons = boundary.coordinates as Position[][][]
    expect(polygons.map((rings) => rings.length)).toEqual([2, 1])
  })

  it('reads a single Feature and a bare geometry alike', () => {
    const geometry = collectionFixture('geojson-io-feature-collection.geojson').features[0]!.geometry
    const asFeature = kept(readBoundaryInput(JSON.stringify({ type: 'Feature', properties: { name: 'Kestwick' }, geometry })))
    const asGeometry = kept(readBoundaryInput(JSON.stringify(geometry)))
    expect(asFeature.boundary).toEqual(asGeometry.boundary)
  })

  it('joins the polygons of several features into one MultiPolygon', () => {
    const collection = collectionFixture('geojson-io-feature-collection.geojson')
    collection.features.push(collection.features[0]!)
    expect(kept(readBoundaryInput(JSON.stringify(collection))).boundary.type).toBe('MultiPolygon')
  })
})

describe('boundaries that cannot be kept say why', () => {
  it('spots British National Grid eastings and northings and says how to export WGS 84, with or without a crs member', () => {
    const text = fixture('qgis-british-national-grid.geojson')
    const expected = `These look like British National Grid eastings and northings (EPSG:27700), not longitude and latitude. ${EXPORT_WGS84_HINT}`
    expect(readBoundaryInput(text)).toEqual({ problem: expected })
    const { crs: _crs, ...withoutCrs } = JSON.parse(text) as Record<string, unknown>
    expect(readBoundaryInput(JSON.stringify(withoutCrs))).toEqual({ problem: expected })
    expect(EXPORT_WGS84_HINT).toMatch(/QGIS.*EPSG:4326/)
  })

  it.each([
    ['not JSON', 'not GeoJSON at all', 'not valid JSON'],
    ['a Feature with a Point', fixture('ons-feature-point.geojson'), 'The Feature is a "Point"; a boundary takes only Polygon and MultiPolygon shapes.'],
    ['a Feature with no geometry', '{"type":"Feature","properties":{},"geometry":null}', 'The Feature has no geometry.'],
    ['an empty FeatureCollection', '{"type":"FeatureCollection","features":[]}', 'The FeatureCollection has no features.'],
    [
      'a FeatureCollection with a line in it',
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]}',
      'Feature 1 is a "LineString"',
    ],
    ['a GeometryCollection', '{"type":"GeometryCollection","geometries":[]}', 'not "GeometryCollection"'],
    ['an open ring', '{"type":"Polygon","coordinates":[[[-2,51],[-2,51.1],[-1.9,51.1],[-1.9,51]]]}', 'not closed'],
    ['latitude out of range', '{"type":"Polygon","coordinates":[[[-2,95],[-2,51.1],[-1.9,51.1],[-2,95]]]}', 'latitude must be a number from -90 to 90'],
  ])('refuses %s', (_what, text, message) => {
    const read = readBoundaryInput(text)
    expect('problem' in read && read.problem).toContain(message)
  })
})

describe('boundaries are simplified to the vertex budget', () => {
  it(`brings a 12,000-point traced parish within ${BOUNDARY_VERTEX_BUDGET.toLocaleString('en-GB')} points, keeping its shape`, () => {
    const ring = tracedParish(12_000)
    const { boundary, pointsGiven, pointsKept } = kept(
      readBoundaryInput(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } })),
    )
    expect(pointsGiven).toBe(12_000)
    expect(pointsKept).toBeLessThanOrEqual(BOUNDARY_VERTEX_BUDGET)
    // Not thrown away either: the halving search lands near the budget.
    expect(pointsKept).toBeGreaterThan(BOUNDARY_VERTEX_BUDGET * 0.8)
    const simplified = (boundary.coordinates as Position[][])[0]!
    expect(simplified[0]).toEqual(simplified[simplified.length - 1])
    expect(area(simplified) / area(ring)).toBeCloseTo(1, 2)
    expect(boundaryProblem(boundary)).toBeNull()
  })

  it('meets a small budget across parts, dropping only rings smaller than the tolerance', () => {
    const ring = tracedParish(3_000)
    const speck: Position[] = [
      [-1.9, 51.2],
      [-1.900001, 51.2],
      [-1.900001, 51.200001],
      [-1.9, 51.2],
    ]
    const { boundary, pointsKept } = kept(readBoundaryInput(JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring], [speck]] }), 100))
    expect(pointsKept).toBeLessThanOrEqual(100)
    expect(boundary.type).toBe('Polygon')
    expect(boundaryProblem(boundary)).toBeNull()
  })

  it('leaves a boundary within the budget as it was', () => {
    const ring = tracedParish(500).map(([lon, lat]): Position => [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6])
    expect(kept(readBoundaryInput(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))).boundary.coordinates).toEqual([ring])
  })

  it('draws what it keeps, for the admin preview and the site alike', () => {
    const { boundary } = kept(readBoundaryInput(fixture('qgis-parish-multipolygon.geojson')))
    const drawing = drawBoundaryShape(boundary)
    expect(drawing.path.match(/M/g)).toHaveLength(3)
    expect(drawing.widthKm).toBeGreaterThan(2)
    expect(drawing.widthKm).toBeLessThan(4)
  })
})
