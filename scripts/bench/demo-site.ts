import { seedDemo } from '../../cms/seed/demo'
import { bootPayload } from '../../cms/cli/bootPayload'
import { runScript } from '../../cms/cli/runScript'
import { benchSite } from './site'
import { report } from './figures'

/** The demo district's site: build time and page weights. Runs in a child with its own database. */
runScript(async () => {
  const payload = await bootPayload()
  await seedDemo(payload)
  await benchSite(payload, report, 'demo')
  await payload.destroy()
})
