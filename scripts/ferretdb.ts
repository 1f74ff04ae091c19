import { ensureFerretDB, startFerretDB } from '../tests/support/ferretdb'

/** `npm run ferretdb`: builds FerretDB if needed and runs it until Ctrl+C, for trying the MongoDB path by hand. */
const main = async () => {
  const binary = ensureFerretDB((line) => console.log(line))
  if (!binary) throw new Error('FerretDB is built with Go, which is not installed here.')
  const server = await startFerretDB(binary)
  console.log(`FerretDB is running (data in a temporary folder, removed on exit).
  Try:  DATABASE_URI=${server.uri}/folkmoot npm start
  Stop with Ctrl+C.`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.stop().then(() => process.exit(0)))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
