import type { TestProject } from 'vitest/node'

import { findMeilisearch, startMeilisearch } from '../../support/meilisearch.ts'

/**
 * Starts one Meilisearch for the pass, on loopback with a random master key and a temporary
 * database; every test file that uses it works in an index of its own. Without a binary the
 * Meilisearch tests skip (tests/vitest.config.ts says so once, and refuses to skip in CI).
 */
/** Build machines that cannot install Meilisearch keep a copy beside the checkout. */
export const MACHINE_MEILISEARCH = '../shared/bin/meilisearch'

export const testMeilisearch = (): string | null => findMeilisearch(process.env, [MACHINE_MEILISEARCH])

export default async function setup(project: TestProject) {
  const binary = testMeilisearch()
  if (!binary) {
    project.provide('meilisearch', null)
    return
  }
  const server = await startMeilisearch(binary)
  project.provide('meilisearch', { url: server.url, masterKey: server.masterKey, binary })
  // Ctrl+C or a CI timeout must not leave the server (and its temporary database) behind.
  const onSignal = (signal: NodeJS.Signals) => {
    void server.stop().finally(() => {
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return async () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    await server.stop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    meilisearch: { url: string; masterKey: string; binary: string } | null
  }
}
