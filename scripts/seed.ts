import { parseArgs } from 'node:util'

import { bootPayload } from './lib/payload'

const { values } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    communities: { type: 'string', default: '500' },
  },
})

// The scale dataset is for benchmarks: keep it out of the demo database unless told otherwise.
if (values.scale) process.env.SQLITE_PATH ??= 'data/scale.db'

const payload = await bootPayload()
const started = performance.now()

if (values.scale) {
  const { seedScale } = await import('../cms/seed/scale')
  const result = await seedScale(payload, { seed: Number(values.seed), communities: Number(values.communities) }, ({ step, done, total }) => {
    process.stdout.write(`\r  ${step.padEnd(28)} ${String(done).padStart(6)} / ${total}`)
    if (done === total) process.stdout.write('\n')
  })
  const seconds = (performance.now() - started) / 1000
  console.log(`Scale dataset (seed ${values.seed}): ${result.items} items in ${seconds.toFixed(1)} s (${Math.round(result.items / seconds)} items/s).`)
} else {
  const { seedDemo } = await import('../cms/seed/demo')
  console.log('Seeding the Harrowdale demo district…')
  const tally = await seedDemo(payload, ({ step, index, total, tally: sofar }) =>
    console.log(`  [${index}/${total}] ${step} (${sofar.created} created, ${sofar.existing} already there)`),
  )
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${tally.created} created, ${tally.existing} already there.`)
}

await payload.destroy()
process.exit(0)
