import type { ServerProps } from 'payload'

import { SiteBuildSummary } from './SiteBuildSummary'

/** The last site build above the admin dashboard, for editors and admins (who may read the record). */
export const SiteBuildStatus = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const build = await payload.findGlobal({ slug: 'site-build', depth: 0, overrideAccess: false, user }).catch(() => null)
  if (!build || !build.attemptedAt) return null
  return <SiteBuildSummary build={build} />
}
