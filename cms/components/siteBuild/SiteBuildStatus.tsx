import { Forbidden, type ServerProps } from 'payload'

import { SiteBuildSummary } from './SiteBuildSummary'

/** The last site build above the admin dashboard, for the people allowed to read the record (editors and admins). */
export const SiteBuildStatus = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const build = await payload.findGlobal({ slug: 'site-build', depth: 0, overrideAccess: false, user }).catch((error: unknown) => {
    if (error instanceof Forbidden) return null
    throw error
  })
  if (!build?.attemptedAt) return null
  return <SiteBuildSummary build={build} />
}
