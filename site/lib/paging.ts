/** How many items a listing shows before it pages or links on; keeps every page light at any scale. */
export const ACHIEVEMENTS_PER_PAGE = 24
export const LIST_LIMIT = 24
