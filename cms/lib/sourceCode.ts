/**
 * Where the source code of this installation is published. The AGPL (section 13) asks anyone who
 * runs a modified Folkmoot for others to offer them its source: set SOURCE_URL to your copy.
 */
export const DEFAULT_SOURCE_URL = 'https://github.com/folkmoot/folkmoot'

export const sourceUrl = (): string => process.env.SOURCE_URL?.trim() || DEFAULT_SOURCE_URL
