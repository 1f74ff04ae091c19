import { type BoundaryDrawing, drawBoundaryShape } from '../../cms/lib/boundaryDrawing'
import { parseBoundary } from '../../cms/lib/geojson'

/** A community's stored boundary text as a drawing, or null when there is none to draw. */
export const drawBoundary = (text: string | null | undefined): BoundaryDrawing | null => {
  const boundary = text ? parseBoundary(text) : null
  return boundary ? drawBoundaryShape(boundary) : null
}
