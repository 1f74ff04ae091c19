// First: the Payload config below reads PAYLOAD_SECRET as it loads, and a fresh clone has none set.
import '../../cms/cli/prepareEnvironment'

import config from '../../cms/payload.config'
import { startApiServer } from '../../tests/support/apiServer'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { percentile, report } from './figures'

const ROUNDS = Number(process.env.BENCH_SIGN_INS ?? 15)

/**
 * How long a wrong sign-in takes for an account that exists and for one that does not, over
 * real HTTP, interleaved so both see the same machine load: the two should match.
 */
runScript(async () => {
  const payload = await bootPayload()
  await payload.create({
    collection: 'users',
    data: { name: 'Bench Admin', email: 'bench-admin@example.org', password: 'correct horse battery', role: 'admin' },
  })
  const api = await startApiServer(config)
  const wrongSignIn = async (email: string): Promise<number> => {
    const start = performance.now()
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'not the password' }),
    })
    await response.arrayBuffer()
    return performance.now() - start
  }
  const known: number[] = []
  const unknown: number[] = []
  for (let round = 0; round < ROUNDS; round += 1) {
    known.push(await wrongSignIn('bench-admin@example.org'))
    unknown.push(await wrongSignIn('nobody@example.org'))
  }
  const median = (timings: number[]) =>
    Math.round(
      percentile(
        [...timings].sort((a, b) => a - b),
        50,
      ),
    )
  report({ name: 'wrong sign-in', rounds: ROUNDS, knownP50: median(known), unknownP50: median(unknown) })
  await api.stop()
})
