import { scaleBand, scaleLinear } from 'd3-scale'

export type BarDatum = { label: string; value: number; display: string }

export type BarLayout = {
  width: number
  height: number
  bars: Array<BarDatum & { labelY: number; barY: number; barWidth: number; barHeight: number; valueX: number }>
}

const LABEL_HEIGHT = 22
const BAR_HEIGHT = 20
const ROW_GAP = 14

/**
 * A horizontal bar chart laid out at build time: each row is a label line above its bar, with
 * the value at the bar's end, so long labels never collide and the chart scales to any width.
 * Drawn about as wide as a phone's column (360) so that scaled down to a 375 pixel screen its
 * text stays at least 12 CSS pixels; site.css caps how far it grows on wide screens.
 */
export const CHART_WIDTH = 360

export const layoutBars = (data: readonly BarDatum[], width = CHART_WIDTH): BarLayout => {
  const row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
  const height = Math.max(row, data.length * row)
  const rows = scaleBand<number>()
    .domain(data.map((_, index) => index))
    .range([0, data.length * row])
  const valueRoom = 100
  const x = scaleLinear()
    .domain([0, data.reduce((largest, datum) => Math.max(largest, datum.value), 1)])
    .range([0, width - valueRoom])
  return {
    width,
    height,
    bars: data.map((datum, index) => {
      const top = rows(index) ?? 0
      const barWidth = datum.value > 0 ? Math.max(2, x(datum.value)) : 0
      return { ...datum, labelY: top + LABEL_HEIGHT - 6, barY: top + LABEL_HEIGHT, barWidth, barHeight: BAR_HEIGHT, valueX: barWidth + 8 }
    }),
  }
}

/** The sentence a screen reader hears for the chart; the table beside it has the detail. */
export const describeBars = (data: readonly BarDatum[]): string =>
  data.length === 0 ? 'No data.' : data.map((datum) => `${datum.label}: ${datum.display}`).join('; ') + '.'
