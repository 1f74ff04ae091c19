import type { Lookups } from './lookups'
import { COMMUNITY_KIND_LABELS } from '../../cms/shared/options'
import { type SearchDocument, type SearchSource, documentId, excerptOf, joinText, sourceOf } from './shape'
import { publicPath } from '../../cms/shared/publicUrls'

export const communityDocuments = (source: SearchSource): SearchDocument[] =>
  source.communities.map((community) => ({
    id: documentId('communities', community.id),
    source: sourceOf('communities', community.id),
    type: 'community',
    title: community.name,
    excerpt: excerptOf(community.summary),
    text: joinText(community.summary, COMMUNITY_KIND_LABELS[community.kind], community.contact?.name),
    url: publicPath.community(community.slug),
    community: [community.name],
    cluster: null,
    theme: [],
    partner: [],
    year: null,
    status: null,
    updated: community.updatedAt,
  }))

export const clusterDocuments = (source: SearchSource, lookup: Lookups): SearchDocument[] =>
  source.clusters.map((cluster) => {
    const members = lookup.placeNames({ cluster: cluster.id })
    return {
      id: documentId('clusters', cluster.id),
      source: sourceOf('clusters', cluster.id),
      type: 'cluster',
      title: cluster.name,
      excerpt: excerptOf(cluster.summary || `${members.length} communities planning together: ${members.join(', ')}.`),
      text: joinText(cluster.summary, members.join(', ')),
      url: publicPath.cluster(cluster.slug),
      community: members,
      cluster: cluster.name,
      theme: [],
      partner: [],
      year: null,
      status: null,
      updated: cluster.updatedAt,
    }
  })
