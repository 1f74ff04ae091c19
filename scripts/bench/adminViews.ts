import type { AtScale } from './adminAtScaleSeed'

/** A built admin page, or a REST query as the admin sends it (the list's own query, or a relationship picker's). */
export type View =
  { kind: 'page'; name: string; path: string } | { kind: 'rest'; name: string; collection: string; query: Record<string, unknown>; mayBeEmpty?: boolean }

/**
 * The indexes this release adds for what the big lists sort and filter by; the bench measures
 * without them first. A name missing from the committed migrations stops the bench.
 */
export const ADDED_INDEXES: readonly string[] = [
  'consultation_createdAt_idx',
  'moderation_createdAt_idx',
  'status_createdAt_idx',
  'community_date_idx',
  'version_community_version_date_idx',
  'newsletter_updatedAt_idx',
  '_influence_logs_v_latest_version_date_idx',
]

/** The single-field indexes the compound ones replaced, put back for the measurement before. */
export const REPLACED_INDEXES: Readonly<Record<string, string>> = {
  responses_moderation_idx: 'CREATE INDEX `responses_moderation_idx` ON `responses` (`moderation`)',
  subscribers_status_idx: 'CREATE INDEX `subscribers_status_idx` ON `subscribers` (`status`)',
}

/** Nested objects and arrays in the bracket notation Payload reads (`where[and][0][id][not_in]=…`), as qs writes it. */
export const toQueryString = (value: Record<string, unknown>): string => {
  const pairs: string[] = []
  const walk = (item: unknown, key: string) => {
    if (item === undefined) return
    if (item !== null && typeof item === 'object') {
      for (const [child, inner] of Object.entries(item)) walk(inner, `${key}[${child}]`)
      return
    }
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(typeof item === 'string' ? item : JSON.stringify(item))}`)
  }
  for (const [key, item] of Object.entries(value)) walk(item, key)
  return pairs.join('&')
}

/** The list view's query: what renderListView asks the Local API for (depth 0, drafts, 10 a page, its columns when the collection enables the list's select). */
const listQuery = (columns: readonly string[] | undefined, sort: string | undefined, page: number, where?: Record<string, unknown>) => ({
  depth: 0,
  draft: true,
  limit: 10,
  page,
  sort,
  where,
  select: columns ? Object.fromEntries(columns.map((column) => [column, true])) : undefined,
})

/** The default columns of the lists that read only their columns (admin.enableListViewSelectAPI). */
const RESPONSE_COLUMNS = ['reference', 'consultation', 'channel', 'moderation', 'createdAt']
const SUBSCRIBER_COLUMNS = ['email', 'status', 'communities', 'createdAt']
const MAIL_COLUMNS = ['email', 'newsletter', 'status', 'attempts', 'sentAt']
const LOG_COLUMNS = ['title', 'date', 'community', 'cluster', 'partner', 'kind', 'celebrate']

/** What the relationship field sends while an editor types into it (Payload 3.90 ui/fields/Relationship/Input). */
const pickerQuery = (titleField: string, sort: string, search?: string) => ({
  depth: 0,
  draft: true,
  limit: 10,
  page: 1,
  select: { [titleField]: true },
  sort,
  where: { and: [{ id: { not_in: [] } }, ...(search ? [{ [titleField]: { like: search } }] : [])] },
})

const page = (name: string, collection: string, query: Record<string, unknown> = {}): View => {
  const search = toQueryString(query)
  return { kind: 'page', name: `${name} (page)`, path: `/admin/collections/${collection}${search ? `?${search}` : ''}` }
}

const rest = (name: string, collection: string, query: Record<string, unknown>): View => ({ kind: 'rest', name: `${name} (REST)`, collection, query })

export const adminViews = ({ consultationIds, newsletterIds, communityIds, documents }: AtScale): View[] => {
  // A later page: a tenth of the way in (page 1,000 of 100,000), where an editor paging through a long list gets to.
  const LATER = Math.max(2, Math.floor(documents / 100))
  const bigConsultation = { consultation: { equals: consultationIds[0] } }
  const views: View[] = [
    page('responses list', 'responses'),
    rest('responses list', 'responses', listQuery(RESPONSE_COLUMNS, undefined, 1)),
    page('responses later page', 'responses', { page: LATER }),
    rest('responses later page', 'responses', listQuery(RESPONSE_COLUMNS, undefined, LATER)),
    page('responses search', 'responses', { search: 'R-1' }),
    rest('responses search', 'responses', listQuery(RESPONSE_COLUMNS, undefined, 1, { reference: { like: 'R-1' } })),
    page('responses by consultation', 'responses', { where: { or: [{ and: [bigConsultation] }] } }),
    rest('responses by consultation', 'responses', listQuery(RESPONSE_COLUMNS, undefined, 1, { or: [{ and: [bigConsultation] }] })),
    page('responses waiting for review', 'responses', { where: { or: [{ and: [bigConsultation, { moderation: { equals: 'pending' } }] }] } }),
    rest(
      'responses waiting for review',
      'responses',
      listQuery(RESPONSE_COLUMNS, undefined, 1, { or: [{ and: [bigConsultation, { moderation: { equals: 'pending' } }] }] }),
    ),
    page('equality answers list', 'equality-answers'),
    rest('equality answers by consultation', 'equality-answers', listQuery(undefined, 'consultation', 1, { consultation: { equals: consultationIds[1] } })),

    page('subscribers list', 'subscribers'),
    rest('subscribers list', 'subscribers', listQuery(SUBSCRIBER_COLUMNS, undefined, 1)),
    rest('subscribers later page', 'subscribers', listQuery(SUBSCRIBER_COLUMNS, undefined, LATER)),
    page('subscribers search', 'subscribers', { search: 'smith' }),
    rest('subscribers search', 'subscribers', listQuery(SUBSCRIBER_COLUMNS, undefined, 1, { email: { like: 'smith' } })),
    page('subscribers confirmed', 'subscribers', { where: { or: [{ and: [{ status: { equals: 'confirmed' } }] }] } }),
    rest('subscribers confirmed', 'subscribers', listQuery(SUBSCRIBER_COLUMNS, undefined, 1, { status: { equals: 'confirmed' } })),

    page('newsletter mail list', 'newsletter-deliveries'),
    rest('newsletter mail list', 'newsletter-deliveries', listQuery(MAIL_COLUMNS, '-updatedAt', 1)),
    rest('newsletter mail later page', 'newsletter-deliveries', listQuery(MAIL_COLUMNS, '-updatedAt', LATER)),
    rest('newsletter mail search', 'newsletter-deliveries', listQuery(MAIL_COLUMNS, '-updatedAt', 1, { email: { like: 'patel' } })),
    page('newsletter mail failed for one newsletter', 'newsletter-deliveries', {
      where: { or: [{ and: [{ newsletter: { equals: newsletterIds.at(-1) } }, { status: { equals: 'failed' } }] }] },
    }),
    rest(
      'newsletter mail failed for one newsletter',
      'newsletter-deliveries',
      listQuery(MAIL_COLUMNS, '-updatedAt', 1, { newsletter: { equals: newsletterIds.at(-1) }, status: { equals: 'failed' } }),
    ),

    page('influence logs list', 'influence-logs'),
    rest('influence logs list', 'influence-logs', listQuery(LOG_COLUMNS, '-date', 1)),
    rest('influence logs later page', 'influence-logs', listQuery(LOG_COLUMNS, '-date', LATER)),
    page('influence logs search', 'influence-logs', { search: 'library' }),
    rest(
      'influence logs search',
      'influence-logs',
      listQuery(LOG_COLUMNS, '-date', 1, { or: [{ title: { like: 'library' } }, { whatChanged: { like: 'library' } }] }),
    ),
    page('influence logs of a community', 'influence-logs', { where: { or: [{ and: [{ community: { equals: communityIds[7] } }] }] } }),
    rest('influence logs of a community', 'influence-logs', listQuery(LOG_COLUMNS, '-date', 1, { community: { equals: communityIds[7] } })),
    rest('influence logs to celebrate', 'influence-logs', listQuery(LOG_COLUMNS, '-date', 1, { celebrate: { equals: true } })),

    // The pickers: a newsletter's achievements and a consultation's influence, and every owner field.
    rest('influence log picker, opened', 'influence-logs', pickerQuery('title', '-date')),
    rest('influence log picker, typing', 'influence-logs', pickerQuery('title', '-date', 'bus sh')),
    rest('community picker, opened', 'communities', pickerQuery('name', 'name')),
    rest('community picker, typing', 'communities', pickerQuery('name', 'name', 'holl')),
  ]
  return views
}
