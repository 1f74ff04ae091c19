import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { ferretBinary, goAvailable } from './support/ferretdb.ts'
import { testMeilisearch } from './int/support/meilisearch-setup.ts'

const root = process.cwd()

// The MongoDB pass needs FerretDB, built from its Go module; without Go (and no cached build) it cannot run.
const mongoPass = goAvailable() || fs.existsSync(ferretBinary())
if (!mongoPass) console.log('MongoDB pass skipped: Go is not installed here, and FerretDB is built with Go. The SQLite pass runs as usual.')

// The Meilisearch tests need a server binary; CI must run them, so there a missing one is an error.
if (!testMeilisearch()) {
  if (process.env.CI && process.env.CI !== 'false')
    throw new Error('No Meilisearch binary (MEILI_BIN, meilisearch on PATH, ../shared/bin/meilisearch): CI never skips the Meilisearch tests.')
  console.log('Meilisearch tests skipped: no binary in MEILI_BIN, on PATH or at ../shared/bin/meilisearch.')
}
const meiliSetup = 'tests/int/support/meilisearch-setup.ts'

export default defineConfig({
  // Vite does not read tsconfig paths.
  resolve: { alias: { '@payload-config': path.resolve(root, 'cms/payload.config.ts') } },
  test: {
    root,
    env: { PAYLOAD_SECRET: 'test-only-secret', NODE_ENV: 'test' },
    // Every file boots its own Payload on its own database, in its own process.
    pool: 'forks',
    isolate: true,
    // Vitest runs one file at a time on two cores (cores - 1); most of a file's time is spent
    // waiting on its servers, builds and mail, so two at once finish the suite much sooner.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/vitest/results.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', globalSetup: [meiliSetup], include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'] },
      },
      ...(mongoPass
        ? [
            {
              extends: true as const,
              test: {
                name: 'mongodb',
                include: ['tests/int/**/*.test.ts'],
                env: { FOLKMOOT_TEST_DB: 'mongodb' },
                globalSetup: ['tests/int/support/ferretdb-setup.ts', meiliSetup],
              },
            },
          ]
        : []),
    ],
  },
})
