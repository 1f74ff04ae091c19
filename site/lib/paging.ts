/** How many items a listing shows before it pages or links on; keeps every page light at any scale. */
export const ACHIEVEMENTS_PER_PAGE = 12
export const LIST_LIMIT = 24
/** How many a place's page shows of a long list before it links to the rest: its page stays short on a phone. */
export const SUMMARY_LIMIT = 3
