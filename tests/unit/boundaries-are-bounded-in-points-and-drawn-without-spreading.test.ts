import { describe, expect, it } from 'vitest'

import { MAX_BOUNDARY_POINTS, boundaryProblem, boundaryTextProblem } from '../../cms/lib/geojson'
import { CHART_WIDTH, layoutBars } from '../../site/lib/charts'
import { drawBoundary } from '../../site/lib/boundary'

/** A closed ring of `points` positions (the first repeated last) on a circle around a village. */
const ring = (points: number): Array<[number, number]> => {
  const around = Array.from({ length: points - 1 }, (_, index): [number, number] => {
    const angle = (2 * Math.PI * index) / (points - 1)
    return [-2 + 0.05 * Math.cos(angle), 51 + 0.03 * Math.sin(angle)]
  })
  return [...around, around[0]!]
}

describe('boundaries are bounded in points', () => {
  it('refuses the 200,000-point polygon that stopped every rebuild, with a sentence naming the count and the limit', () => {
    expect(boundaryProblem({ type: 'Polygon', coordinates: [ring(200_000)] })).toBe(
      'The boundary has 200,000 points; the limit is 10,000. Simplify it in your mapping tool (for example "Simplify" in QGIS or mapshaper) and paste it again.',
    )
  })

  it('counts the points of every polygon and ring together', () => {
    const half = ring(MAX_BOUNDARY_POINTS / 2 + 1)
    expect(boundaryTextProblem(JSON.stringify({ type: 'MultiPolygon', coordinates: [[half], [half]] }))).toMatch(
      /^The boundary has 10,002 points; the limit is 10,000\./,
    )
  })

  it('accepts and draws a polygon of exactly the budget', () => {
    const atBudget = { type: 'Polygon', coordinates: [ring(MAX_BOUNDARY_POINTS)] }
    expect(boundaryProblem(atBudget)).toBeNull()
    const drawing = drawBoundary(JSON.stringify(atBudget))
    expect(drawing?.corners).toBe(MAX_BOUNDARY_POINTS)
    expect(drawing?.widthKm).toBeCloseTo(7, 0)
    expect(drawing?.path.match(/L/g)).toHaveLength(MAX_BOUNDARY_POINTS - 1)
  })

  it('leaves out, without stopping the build, a boundary stored over the budget before the limit existed', () => {
    expect(drawBoundary(JSON.stringify({ type: 'Polygon', coordinates: [ring(200_000)] }))).toBeNull()
  })

  it('lays out a chart of many bars without spreading their values', () => {
    const bars = Array.from({ length: 200_000 }, (_, index) => ({ label: `Bar ${index}`, value: index, display: String(index) }))
    expect(layoutBars(bars).bars.at(-1)?.barWidth).toBe(CHART_WIDTH - 100)
  })
})
