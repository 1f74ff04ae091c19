import { seedDemo } from '../cms/seed/demo'
import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'
import { QUEUES } from '../cms/shared/queues'

runScript(async () => {
  const payload = await bootPayload()
  const started = performance.now()
  console.log('Seeding the Harrowdale demo district…')
  const tally = await seedDemo(payload, ({ step, index, total, tally: sofar }) =>
    console.log(`  [${index}/${total}] ${step} (${sofar.created} created, ${sofar.existing} already there)`),
  )
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${tally.created} created, ${tally.existing} already there.`)
  // A running admin server picks this up and rebuilds the public site once.
  if (tally.created > 0) await payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: QUEUES.site })
  await payload.destroy()
})
