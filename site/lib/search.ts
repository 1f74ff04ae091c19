import type { EngineConfig } from '../../search/client/engine'
import { publicPath } from '../../cms/shared/publicUrls'
import { settings } from '../../cms/settings'

/** The engine the build chose (see search/siteBuild.ts); the static index when nothing says otherwise. */
export const searchEngineConfig = (): EngineConfig => {
  const raw = settings().FOLKMOOT_SEARCH
  return raw ? (JSON.parse(raw) as EngineConfig) : { engine: 'static', base: '/' }
}

/** Where each kind of content can be browsed without search. */
export const BROWSE_LINKS = [
  { href: publicPath.communities, label: 'Communities, with their plans and actions' },
  { href: publicPath.consultations, label: 'Consultations' },
  { href: publicPath.guidance, label: 'Guidance' },
  { href: publicPath.achievements, label: 'Achievements' },
] as const
