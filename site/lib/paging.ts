/** How many items a listing shows before it pages or links on; keeps every page light at any scale. */
export const ACHIEVEMENTS_PER_PAGE = 12
export const LIST_LIMIT = 24
/** How many a place's page shows of a long list before it links to the rest: its page stays short on a phone. */
export const SUMMARY_LIMIT = 3
/**
 * How many links one page of the HTML site map shows. A section with more gets listing pages of
 * its own, a page size at a time, so that no page of the site map outweighs the page-weight
 * target (50 kB gzipped) at any scale, and nobody has to scroll through thousands of links.
 */
export const SITE_MAP_PAGE_SIZE = 200
