import type { Role } from '../access/roles'
import { settings } from '../settings'

/** Demo sign-ins, printed by `npm start`. Never seeded into a database that already has content. */
export const DEMO_USERS: ReadonlyArray<{ name: string; email: string; role: Role; communities: string[]; clusters: string[] }> = [
  { name: 'Alex Admin', email: 'admin@example.org', role: 'admin', communities: [], clusters: [] },
  { name: 'Esme Editor', email: 'editor@example.org', role: 'editor', communities: [], clusters: [] },
  { name: 'Kit Member', email: 'kestwick@example.org', role: 'member', communities: ['kestwick', 'gorsey-bank'], clusters: [] },
  { name: 'Wyn Member', email: 'wendvalley@example.org', role: 'member', communities: ['brackenhithe', 'wrenfold'], clusters: ['wend-valley-parishes'] },
]

export const demoPassword = (): string => settings().DEMO_PASSWORD
