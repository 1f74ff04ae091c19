import './lib/prepare-environment'

import { buildAdmin } from './lib/admin'
import { runScript } from './lib/run'

runScript(async () => {
  console.log('Building the admin (Next.js)…')
  await buildAdmin()
})
