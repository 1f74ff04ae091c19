import net from 'node:net'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { runScript } from './support/command'

let busy: net.Server
let port: number

beforeAll(async () => {
  // A busy admin port stops npm start before it touches any database: only its first lines run.
  busy = net.createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  port = (busy.address() as net.AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())))

it('npm start says in its first line that it is the demo, and names npm run serve', async () => {
  const result = await runScript('scripts/start.ts', [], { PORT: String(port) })
  expect(result.code).toBe(1)
  const [first] = result.output.split('\n')
  expect(first).toContain('Folkmoot demo (npm start)')
  expect(first).toContain('Never use it for real data; production is `npm run serve`')
})
