import { parseArgs } from 'node:util'

import { seedScale } from '../cms/seed/scale'
import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'

runScript(async () => {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, communities: { type: 'string', default: '500' } } })
  const seed = Number(values.seed)
  const communities = Number(values.communities)
  if (!Number.isInteger(seed) || !Number.isInteger(communities) || communities < 1) {
    throw new Error('Usage: npm run seed:scale -- [--seed N] [--communities N]   (whole numbers)')
  }
  const payload = await bootPayload()
  const started = performance.now()
  console.log(
    `Seeding the scale dataset (seed ${seed}, ${communities} communities) into ${process.env.DATABASE_URI ? 'the DATABASE_URI database' : process.env.SQLITE_PATH}…`,
  )
  const { items } = await seedScale(payload, { seed, communities }, ({ step, done, total }) => {
    process.stdout.write(`\r  ${step.padEnd(20)} ${String(done).padStart(6)} / ${total}`)
    if (done === total) process.stdout.write('\n')
  })
  const seconds = (performance.now() - started) / 1000
  console.log(`Done: ${items} items in ${seconds.toFixed(1)} s (${Math.round(items / seconds)} items/s).`)
  await payload.destroy()
})
