/**
 * Runs a script's body, then exits with its outcome: Payload keeps handles open after the work
 * is done, and a failure should print one clear line rather than a stack.
 */
export const runScript = (main: () => Promise<void>): void => {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
