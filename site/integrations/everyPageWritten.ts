import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { everyPagePath } from '../lib/everyPage'
import { snapshot } from '../lib/snapshot'

const fileOf = (dir: string, pagePath: string): string => path.join(dir, pagePath.endsWith('/') ? `${pagePath}index.html` : `${pagePath}.html`)

/**
 * Fails the build when it did not write a page the content needs (a route that threw, a slug
 * the pages missed): the CMS then keeps the live site, so visitors never get a short one.
 */
export const everyPageWritten = (): AstroIntegration => ({
  name: 'folkmoot:every-page-written',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir)
      const missing = everyPagePath(snapshot()).filter((pagePath) => !fs.existsSync(fileOf(out, pagePath)))
      if (missing.length > 0) {
        throw new Error(
          `The site build wrote no page for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which the content needs.`,
        )
      }
    },
  },
})
