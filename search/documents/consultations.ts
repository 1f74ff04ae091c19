import { consultationPhase } from '../../cms/shared/consultationPhase'
import { PHASE_LABELS } from '../../cms/shared/options'
import type { Lookups } from './lookups'
import { type SearchDocument, type SearchSource, documentId, excerptOf, joinText, sourceOf, yearOf } from './shape'
import { publicPath } from '../../cms/shared/publicUrls'
import { withoutFigures } from '../../cms/responses/feedbackFigures'

export const consultationDocuments = (source: SearchSource, lookup: Lookups, now: Date): SearchDocument[] =>
  source.consultations.map((consultation) => ({
    id: documentId('consultations', consultation.id),
    source: sourceOf('consultations', consultation.id),
    type: 'consultation',
    title: consultation.title,
    excerpt: excerptOf(consultation.summary),
    text: joinText(
      consultation.summary,
      ...(consultation.questions ?? []).map((question) => joinText(question.prompt, question.hint)),
      consultation.feedback?.reportedAt ? joinText(withoutFigures(consultation.feedback.youSaid ?? ''), consultation.feedback.weDid) : null,
    ),
    url: publicPath.consultation(consultation.slug),
    community: lookup.placeNames({ communities: consultation.communities, cluster: consultation.cluster }),
    cluster: lookup.clusterName(consultation.cluster),
    theme: [],
    partner: [],
    year: yearOf(consultation.opensAt),
    // The phase when indexed; the hourly site rebuild refreshes the static index, a sync refreshes Meilisearch.
    status: PHASE_LABELS[consultationPhase(consultation, now)],
    updated: consultation.updatedAt,
  }))
