import { describe, expect, it } from 'vitest'

import { boundaryProblem } from '../../cms/lib/geojson'
import { boundaryAround } from '../../cms/seed/boundary'
import { createRandom } from '../../cms/seed/random'

const square = [
  [-2, 51],
  [-2, 51.1],
  [-1.9, 51.1],
  [-1.9, 51],
  [-2, 51],
]

describe('boundary validation', () => {
  it('accepts a closed Polygon and a MultiPolygon', () => {
    expect(boundaryProblem({ type: 'Polygon', coordinates: [square] })).toBeNull()
    expect(boundaryProblem({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBeNull()
  })

  it.each([
    [null, 'GeoJSON Polygon or MultiPolygon object'],
    ['a string', 'GeoJSON Polygon or MultiPolygon object'],
    [{ type: 'Point', coordinates: [-2, 51] }, 'must be "Polygon" or "MultiPolygon"'],
    [{ type: 'Polygon', coordinates: [] }, 'at least one ring'],
    [{ type: 'Polygon', coordinates: [square.slice(0, 3)] }, 'at least four points'],
    [{ type: 'Polygon', coordinates: [[...square.slice(0, 4), [-2, 51.05]]] }, 'not closed'],
    [{ type: 'Polygon', coordinates: [[[-200, 51], ...square.slice(1)]] }, 'longitude'],
    [{ type: 'Polygon', coordinates: [[[-2, 95], ...square.slice(1)]] }, 'latitude'],
    [{ type: 'Polygon', coordinates: [[['-2', 51], ...square.slice(1)]] }, 'longitude'],
    [{ type: 'MultiPolygon', coordinates: [] }, 'at least one polygon'],
  ])('refuses %j, saying what is wrong', (value, message) => {
    expect(boundaryProblem(value)).toContain(message)
  })

  it('accepts every boundary the seed generates', () => {
    const random = createRandom(7)
    for (let index = 0; index < 50; index += 1) {
      expect(boundaryProblem(boundaryAround([-2 + index / 100, 51.3], 0.5 + index / 20, random))).toBeNull()
    }
  })
})
