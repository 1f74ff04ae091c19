import type { SiteSnapshot } from './snapshot'

export type Toolkit = SiteSnapshot['guidance'][number]
export type Step = Toolkit['steps'][number]

export const toolkitsAZ = (snapshot: SiteSnapshot): Toolkit[] => [...snapshot.guidance].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
