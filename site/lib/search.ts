import type { EngineConfig } from '../../search/client/engine'

/** The engine the build chose (see search/siteBuild.ts); the static index when nothing says otherwise. */
export const searchEngineConfig = (): EngineConfig => {
  const raw = process.env.FOLKMOOT_SEARCH
  return raw ? (JSON.parse(raw) as EngineConfig) : { engine: 'static', base: '/' }
}

/** Where each kind of content can be browsed without search. */
export const BROWSE_LINKS = [
  { href: '/communities/', label: 'Communities, with their plans and actions' },
  { href: '/consultations/', label: 'Consultations' },
  { href: '/guidance/', label: 'Guidance' },
  { href: '/achievements/', label: 'Achievements' },
] as const
