import { type Lookups, names, themeName } from './lookups'
import { type SearchDocument, type SearchSource, documentId, excerptOf, joinText, sourceOf, yearOf } from './shape'
import { isAchievement } from '../../cms/shared/publicContent'
import { publicPath } from '../../cms/shared/publicUrls'

/**
 * Celebrated influence logs are the site's achievements; the others are working records the
 * site never shows, so search never shows them either. Each links to its owner's achievements.
 */
export const achievementDocuments = (source: SearchSource, lookup: Lookups): SearchDocument[] =>
  source.influenceLogs.filter(isAchievement).flatMap((log) => {
    // An achievement whose owner is not public has no page to show it on.
    if (!lookup.ownerUrl({ community: log.community, cluster: log.cluster })) return []
    return [
      {
        id: documentId('influence-logs', log.id),
        source: sourceOf('influence-logs', log.id),
        type: 'achievement' as const,
        title: log.title,
        excerpt: excerptOf(log.whatChanged),
        text: joinText(
          log.whatChanged,
          lookup.partnerName(log.partner),
          ...(log.outputs ?? []).map((output) => output.text),
          ...(log.outcomes ?? []).map((outcome) => outcome.text),
        ),
        url: publicPath.achievement(log.id),
        community: lookup.placeNames({ community: log.community, cluster: log.cluster }),
        cluster: lookup.clusterName(log.cluster),
        theme: names(themeName(log.theme)),
        partner: names(lookup.partnerName(log.partner)),
        year: yearOf(log.date),
        status: log.partnerConfirmation?.status === 'confirmed' ? 'Confirmed by the partner' : null,
        updated: log.updatedAt,
      },
    ]
  })
