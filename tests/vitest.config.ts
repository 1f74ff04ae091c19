import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = process.cwd()

export default defineConfig({
  // Vite does not read tsconfig paths.
  resolve: { alias: { '@payload-config': path.resolve(root, 'cms/payload.config.ts') } },
  test: {
    root,
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    env: { PAYLOAD_SECRET: 'test-only-secret', NODE_ENV: 'test' },
    // Every file boots its own Payload on its own database file, in its own process.
    pool: 'forks',
    isolate: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/vitest/results.json' }]],
  },
})
