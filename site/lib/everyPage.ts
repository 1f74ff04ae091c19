import { contentPagePath } from './contentPages'
import { siteMapListingPaths } from './siteMap'
import type { SiteSnapshot } from './snapshot'

/** Every HTML page the site must have for this content: what the build checks it wrote. */
export const everyPagePath = (snapshot: SiteSnapshot): string[] => [...contentPagePath(snapshot), ...siteMapListingPaths(snapshot)]
