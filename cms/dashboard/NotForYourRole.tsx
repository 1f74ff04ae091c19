import type { AdminViewServerProps } from 'payload'

import type { Role } from '../access/roles'
import { notForYourRole } from './notForYourRole'

/** The page a role is sent to instead of "Nothing found" when it may not see a list. */
export const NotForYourRole = ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { payload, user } = initPageResult.req
  const slug = typeof searchParams?.list === 'string' ? searchParams.list : ''
  const role = user && 'role' in user ? (user.role as Role | null) : null
  const { title, reason } = notForYourRole(payload, slug, role)
  return (
    <main id="not-for-your-role" className="gutter--left gutter--right" style={{ paddingTop: 'calc(var(--base) * 2)', maxWidth: '50rem' }}>
      <h1>{title}</h1>
      <p>{reason}</p>
      <p>
        <a href={payload.config.routes.admin}>Back to what needs doing</a>
      </p>
    </main>
  )
}
