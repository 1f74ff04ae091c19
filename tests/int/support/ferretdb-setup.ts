import type { TestProject } from 'vitest/node'

import { ensureFerretDB, startFerretDB } from '../../support/ferretdb'

/** Starts one FerretDB for the MongoDB pass; every test file then uses a database of its own on it. */
export default async function setup(project: TestProject) {
  const binary = ensureFerretDB((line) => console.log(line))
  if (!binary) throw new Error('The MongoDB pass needs Go to build FerretDB.')
  const server = await startFerretDB(binary)
  project.provide('mongoUri', server.uri)
  return server.stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string
  }
}
