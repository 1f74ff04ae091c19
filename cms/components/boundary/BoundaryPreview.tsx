'use client'

import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import { drawBoundaryShape } from '../../lib/boundaryDrawing'
import { readBoundaryInput } from '../../lib/boundaryInput'

const WIDTH = 320

/**
 * Under the boundary box: the shape as it will be kept, drawn from the text as it is typed,
 * with its size and point count in words. No map tiles, so it works offline.
 */
export const BoundaryPreview = () => {
  const text = useFormFields(([fields]) => fields.boundary?.value)
  const read = useMemo(() => (typeof text === 'string' && text.trim() ? readBoundaryInput(text) : null), [text])
  if (!read) return null
  if ('problem' in read) {
    return (
      <p id="boundary-preview" style={{ color: 'var(--theme-elevation-800)' }}>
        No preview: {read.problem}
      </p>
    )
  }
  const drawing = drawBoundaryShape(read.boundary)
  const [, , viewWidth, viewHeight] = drawing.viewBox.split(' ').map(Number)
  const shapes = read.boundary.type === 'Polygon' ? 1 : read.boundary.coordinates.length
  return (
    <figure id="boundary-preview" style={{ margin: 'calc(var(--base) / 2) 0' }}>
      <svg
        viewBox={drawing.viewBox}
        role="img"
        aria-labelledby="boundary-preview-caption"
        width={WIDTH}
        height={Math.round((WIDTH * viewHeight!) / viewWidth!)}
        style={{ background: 'var(--theme-elevation-50)', border: '1px solid var(--theme-elevation-150)' }}
      >
        <path d={drawing.path} fill="var(--theme-success-100)" fillRule="evenodd" stroke="var(--theme-text)" strokeWidth={4} />
      </svg>
      <figcaption id="boundary-preview-caption">
        {shapes === 1 ? 'One shape' : `${shapes} shapes`}, about {drawing.widthKm} km east to west and {drawing.heightKm} km north to south, north at the top.{' '}
        {read.pointsKept < read.pointsGiven
          ? `Saving keeps ${read.pointsKept.toLocaleString('en-GB')} of its ${read.pointsGiven.toLocaleString('en-GB')} points.`
          : `All its ${read.pointsKept.toLocaleString('en-GB')} points are kept.`}
      </figcaption>
    </figure>
  )
}
