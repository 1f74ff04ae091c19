import axe from 'axe-core'
import type { Page } from 'playwright-core'

/**
 * WCAG 2.2 A and AA, plus the structure rules a screen reader user leans on: headings in order, one h1, landmarks.
 * Given `within`, only the elements it selects (our own admin components), WCAG rules only.
 */
export const axeViolations = async (page: Page, within?: string): Promise<string[]> => {
  await page.addScriptTag({ content: axe.source })
  if (within) {
    return page.evaluate(async (selector) => {
      const { axe: engine } = window as unknown as { axe: typeof axe }
      const wcag = await engine.run({ include: [selector] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return wcag.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    }, within)
  }
  return page.evaluate(async () => {
    const { axe: engine } = window as unknown as { axe: typeof axe }
    const wcag = await engine.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    const structure = await engine.run(document, {
      runOnly: { type: 'rule', values: ['heading-order', 'page-has-heading-one', 'landmark-one-main', 'region', 'landmark-unique'] },
    })
    return [...wcag.violations, ...structure.violations].map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  })
}
