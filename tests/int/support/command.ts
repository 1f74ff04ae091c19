import { type ChildProcess, spawn } from 'node:child_process'

export type CommandResult = { code: number | null; output: string }

/** Starts one of our scripts as `npm run` would, with extra environment; output is collected. */
export const startScript = (
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): { child: ChildProcess; output: () => string; exited: Promise<number | null>; finished: Promise<number | null> } => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  // 'exit' can come before the last output is read; 'close' waits for the pipes to drain.
  const finished = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  return { child, output: () => output, exited, finished }
}

/** Runs a script to its end, with `stdin` as its standard input. */
export const runScript = async (script: string, args: string[], env: Record<string, string | undefined>, stdin = ''): Promise<CommandResult> => {
  const run = startScript(script, args, env)
  run.child.stdin?.end(stdin)
  const code = await run.finished
  return { code, output: run.output() }
}
