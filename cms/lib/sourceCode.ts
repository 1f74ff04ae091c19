import { settings } from '../settings'

/**
 * Where the source code of this installation is published. The AGPL (section 13) asks anyone who
 * runs a modified Folkmoot for others to offer them its source: set SOURCE_URL to your copy.
 */
export const sourceUrl = (): string => settings().SOURCE_URL
