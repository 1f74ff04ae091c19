import type { Payload } from 'payload'

import type { Role } from '../access/roles'

/** Where the admin sends someone who opens a list or record their role may not read. */
export const NOT_FOR_YOUR_ROLE_PATH = '/not-for-your-role'

const ROLE_NAMES: Record<Role, string> = { admin: 'an admin', editor: 'an editor', member: 'a partnership member' }

/** Why a list is closed to some roles, in words: the people it protects, and who may read it. */
const REASONS: Record<string, string> = {
  outbox: 'The Outbox keeps copies of mail sent to residents and partners, with their addresses, so only editors and admins read it.',
  'newsletter-deliveries': 'Deliveries list every subscriber’s address and whether mail reached them, so only editors and admins read them.',
  subscribers:
    'Subscribers’ addresses are kept to editors and admins. You can still write to your communities’ followers: start a newsletter under Newsletters.',
  'equality-answers':
    'Equality monitoring answers are read by admins only, and are kept apart from responses, so nobody who reads the views can link them to the people who gave them.',
  users: 'Accounts are managed by admins. Ask one to change whom you act for or your role.',
  'payload-jobs': 'Background jobs are for admins, who look after the server.',
}

const roleName = (role: Role | null | undefined): string => (role ? ROLE_NAMES[role] : 'someone without a role')

/** The sentence the admin shows instead of "Nothing found" when a role may not see a list. */
export const notForYourRole = (payload: Payload, slug: string, role: Role | null | undefined): { title: string; reason: string } => {
  const collection = payload.collections[slug as keyof typeof payload.collections]?.config
  const plural = collection?.labels?.plural
  const name = typeof plural === 'string' ? plural : slug
  return {
    title: `${name} is not open to ${roleName(role)}`,
    reason: REASONS[slug] ?? `As ${roleName(role)} you cannot see ${name}; editors and admins can.`,
  }
}

/**
 * For an admin address such as /collections/outbox or /collections/outbox/12: the address of the
 * page that explains, when the signed-in person's role may not read that collection; else null.
 */
export const explainForbiddenList = async (payload: Payload, segments: string[] | undefined, headers: Headers): Promise<string | null> => {
  if (segments?.[0] !== 'collections' || !segments[1]) return null
  const slug = segments[1]
  if (!(slug in payload.collections)) return null
  const { user, permissions } = await payload.auth({ headers })
  if (!user || permissions.collections?.[slug as keyof typeof payload.collections]?.read) return null
  return `${payload.config.routes.admin}${NOT_FOR_YOUR_ROLE_PATH}?list=${encodeURIComponent(slug)}`
}
