import { adminBuildIsStale, buildAdmin } from '../cms/cli/admin'
import { bootPayload } from '../cms/cli/bootPayload'
import { runScript } from '../cms/cli/runScript'
import { buildSite, writeSnapshot } from '../cms/export/publishSite'

runScript(async () => {
  console.log('Exporting published content for the public site…')
  const payload = await bootPayload()
  await writeSnapshot(payload)
  await payload.destroy()
  const started = performance.now()
  const site = await buildSite({ full: true })
  console.log(`Public site: ${site.pages} pages and ${site.media} images in dist/ (${((performance.now() - started) / 1000).toFixed(1)} s).`)
  if (adminBuildIsStale()) {
    console.log('Building the admin (Next.js)…')
    await buildAdmin()
  } else {
    console.log('The admin build is up to date.')
  }
})
