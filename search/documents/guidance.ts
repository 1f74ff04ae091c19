import { type SearchDocument, type SearchSource, documentId, excerptOf, joinText, plainText, sourceOf, yearOf } from './shape'
import { publicPath } from '../../cms/shared/publicUrls'

/** A toolkit is one document and each of its steps another, so a search lands on the right step. */
export const guidanceDocuments = (source: SearchSource): SearchDocument[] =>
  source.guidance.flatMap((toolkit) => {
    const common = {
      source: sourceOf('guidance', toolkit.id),
      community: [],
      cluster: null,
      theme: [],
      partner: [],
      year: yearOf(toolkit.updatedAt),
      status: null,
      updated: toolkit.updatedAt,
    }
    const overview: SearchDocument = {
      ...common,
      id: documentId('guidance', toolkit.id),
      type: 'guidance',
      title: toolkit.title,
      excerpt: excerptOf(toolkit.summary),
      text: joinText(toolkit.summary, ...(toolkit.topics ?? []), ...toolkit.steps.map((step) => step.heading)),
      url: publicPath.toolkit(toolkit.slug),
    }
    const steps = toolkit.steps.map((step, index): SearchDocument => {
      const body = plainText(step.body)
      return {
        ...common,
        id: documentId('guidance', toolkit.id, `step-${index + 1}`),
        type: 'guidance',
        title: `${toolkit.title}, step ${index + 1}: ${step.heading}`,
        excerpt: excerptOf(body),
        text: joinText(body, ...(step.checklist ?? []).map((entry) => entry.item)),
        url: publicPath.guidanceStep(toolkit.slug, index),
      }
    })
    return [overview, ...steps]
  })
