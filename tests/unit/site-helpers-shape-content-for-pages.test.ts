import { describe, expect, it } from 'vitest'

import { atomFeed } from '../../site/lib/atom'
import { describeBars, layoutBars } from '../../site/lib/charts'
import { drawBoundary } from '../../site/lib/boundary'
import { groupBy } from '../../cms/shared/grouping'
import { type Plan, actionsByTheme, progressSummary } from '../../site/lib/plans'

const plan = {
  priorities: [
    { theme: 'transport', summary: 'Buses' },
    { theme: 'health', summary: 'GP' },
  ],
  actions: [
    { title: 'Sunday buses', theme: 'transport', status: 'done', progress: 100 },
    { title: 'Clinic parking', theme: 'health', status: 'stalled', progress: 30 },
    { title: 'Bus shelter', theme: 'transport', status: 'not-started', progress: 0 },
  ],
} as unknown as Plan

describe('site helpers', () => {
  it('group actions under the plan’s priorities, in priority order', () => {
    expect(actionsByTheme(plan).map((group) => [group.label, group.actions.map((action) => action.title)])).toEqual([
      ['Transport and travel', ['Sunday buses', 'Bus shelter']],
      ['Health and wellbeing', ['Clinic parking']],
    ])
  })

  it('sum up a plan’s progress', () => {
    expect(progressSummary(plan)).toEqual({ total: 3, done: 1, inProgress: 0, stalled: 1, notStarted: 1, averageProgress: 43 })
  })

  it('draw a boundary to scale with north at the top, and measure it', () => {
    const square = JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [-2, 51],
          [-2, 51.01],
          [-1.98, 51.01],
          [-1.98, 51],
          [-2, 51],
        ],
      ],
    })
    const drawing = drawBoundary(square)
    expect(drawing?.heightKm).toBeCloseTo(1.1, 1)
    expect(drawing?.widthKm).toBeCloseTo(1.4, 1)
    expect(drawing?.path.startsWith('M0.0,')).toBe(true)
    expect(drawBoundary('not json')).toBeNull()
    expect(drawBoundary(null)).toBeNull()
  })

  it('group items keeping the order they were first seen', () => {
    expect([...groupBy([3, 1, 4, 1, 5], (n) => n % 2).entries()]).toEqual([
      [1, [3, 1, 1, 5]],
      [0, [4]],
    ])
  })

  it('escape feed text so any title is well-formed XML', () => {
    const feed = atomFeed({
      title: 'A & B',
      author: 'Kestwick <Partnership>',
      url: 'https://x.test/',
      self: 'https://x.test/feed.xml',
      entries: [{ id: 'i', title: '<b>"Bus" & rail</b>', url: 'https://x.test/a', updated: '2026-01-01T00:00:00.000Z', summary: 'ok' }],
    })
    expect(feed).toContain('<title>&lt;b&gt;&quot;Bus&quot; &amp; rail&lt;/b&gt;</title>')
    expect(feed).toContain('<updated>2026-01-01T00:00:00.000Z</updated>')
    expect(feed).toContain('<author><name>Kestwick &lt;Partnership&gt;</name></author>')
  })

  it('lay out a bar chart to scale, label above bar, and describe it in words', () => {
    const data = [
      { label: 'Written plan', value: 4, display: '4' },
      { label: 'Relationships', value: 2, display: '2' },
      { label: 'Joint working', value: 0, display: '0' },
    ]
    const { width, height, bars } = layoutBars(data, 600)
    expect(width).toBe(600)
    expect(height).toBe(3 * 56)
    expect(bars.map((bar) => bar.barWidth)).toEqual([500, 250, 0])
    expect(bars.map((bar) => bar.barY)).toEqual([22, 78, 134])
    expect(bars.every((bar) => bar.labelY < bar.barY)).toBe(true)
    expect(describeBars(data)).toBe('Written plan: 4; Relationships: 2; Joint working: 0.')
    expect(describeBars([])).toBe('No data.')
  })
})
