import { sendStaleAfterMs, releaseInterruptedNewsletterSends } from '../cms/newsletters/resumeNewsletterSends'
import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'
import { QUEUES } from '../cms/shared/queues'

/**
 * Works the newsletter queue until nothing is due: sends scheduled newsletters and finishes
 * interrupted ones. `--resume` says the previous sender is known to be dead (e.g. killed), so its
 * newsletters are taken over at once instead of after NEWSLETTER_SENDER_TIMEOUT_SECONDS of silence.
 */
runScript(async () => {
  const payload = await bootPayload()
  const resume = process.argv.includes('--resume')
  const released = await releaseInterruptedNewsletterSends(payload, resume ? 0 : sendStaleAfterMs())
  if (released) console.log(`Taking over ${released} interrupted send${released === 1 ? '' : 's'}.`)
  const started = performance.now()
  let jobs = 0
  for (;;) {
    const run = await payload.jobs.run({ queue: QUEUES.newsletters, limit: 1 })
    const ran = Object.keys(run.jobStatus ?? {}).length
    if (ran === 0) break
    jobs += ran
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${jobs} newsletter job${jobs === 1 ? '' : 's'} run.`)
  await payload.destroy()
})
