import fs from 'node:fs'
import path from 'node:path'

import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BOUNDARY_VERTEX_BUDGET } from '../../cms/lib/boundaryInput'
import { type Position, parseBoundary } from '../../cms/lib/geojson'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test.stop())

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'tests/unit/fixtures/boundaries', name), 'utf8')

const communityWith = (name: string, boundary: string) =>
  test.payload.create({ collection: 'communities', data: { name, kind: 'village', summary: 'A village by the river.', boundary }, depth: 0 })

describe('a boundary as a mapping tool exports it', () => {
  it('saves a geojson.io FeatureCollection as the Polygon inside it', async () => {
    const saved = await communityWith('Upper Marsh', fixture('geojson-io-feature-collection.geojson'))
    const stored = parseBoundary(saved.boundary ?? '')
    expect(stored?.type).toBe('Polygon')
    expect((stored?.coordinates as Position[][])[0]).toHaveLength(8)
    const read = await test.payload.findByID({ collection: 'communities', id: saved.id, depth: 0 })
    expect(read.boundary).toBe(saved.boundary)
  })

  it('saves a 200,000-point Feature simplified to the vertex budget', async () => {
    const ring: Position[] = Array.from({ length: 199_999 }, (_, index) => {
      const angle = (2 * Math.PI * index) / 199_999
      const radius = 1 + 0.1 * Math.sin(angle * 9) + 0.02 * Math.sin(angle * 211)
      return [-2 + (radius * Math.cos(angle)) / 20, 51 + (radius * Math.sin(angle)) / 30]
    })
    const feature = { type: 'Feature', properties: { PAR21NM: 'Lower Marsh' }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } }
    const saved = await communityWith('Lower Marsh', JSON.stringify(feature))
    const stored = parseBoundary(saved.boundary ?? '')
    const points = (stored?.coordinates as Position[][])[0]!.length
    expect(points).toBeLessThanOrEqual(BOUNDARY_VERTEX_BUDGET)
    expect(points).toBeGreaterThan(100)
  })

  it('refuses eastings and northings with a sentence on exporting WGS 84, and keeps the community as it was', async () => {
    const saved = await communityWith('Middle Marsh', fixture('geojson-io-feature-collection.geojson'))
    const refusal = await test.payload
      .update({ collection: 'communities', id: saved.id, data: { boundary: fixture('qgis-british-national-grid.geojson') }, depth: 0 })
      .catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as ValidationError).data.errors).toEqual([{ label: expect.anything(), message: expect.stringContaining('EPSG:4326'), path: 'boundary' }])
    const after = await test.payload.findByID({ collection: 'communities', id: saved.id, depth: 0 })
    expect(after.boundary).toBe(saved.boundary)
  })
})
