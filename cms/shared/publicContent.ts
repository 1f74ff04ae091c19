/**
 * What counts as public content, in one place. An achievement is a published influence log its
 * owner ticked "celebrate": the site's achievement pages and feed, the search index and the
 * newsletter show those; annual reports count every published log, celebrated or not.
 */
export const isAchievement = (log: { celebrate?: boolean | null }): boolean => log.celebrate === true

/** The same rule as a Payload query, for reads of the influence-logs collection. */
export const ACHIEVEMENT_WHERE = { celebrate: { equals: true } } as const
