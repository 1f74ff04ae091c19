/**
 * The job queues. Each is worked on its own schedule (cms/payload.config.ts), so a long
 * newsletter send never holds up a site rebuild, a partner's mail or a search sync.
 */
export const QUEUES = { site: 'site', mail: 'mail', search: 'search', newsletters: 'newsletters' } as const
