import type { Cluster, Community, Consultation, InfluenceLog, Partner, PartnerStrategy } from '../../cms/payload-types'
import type { PublicPlan, PublicToolkit } from '../../cms/shared/publicShape'

/** What the search indexes: everything the public site shows, as the public sees it (a part of the site's snapshot). */
export type SearchSource = {
  communities: Community[]
  clusters: Cluster[]
  partners: Partner[]
  strategies: PartnerStrategy[]
  plans: PublicPlan[]
  consultations: Consultation[]
  guidance: PublicToolkit[]
  influenceLogs: InfluenceLog[]
}

export const SEARCH_TYPES = ['community', 'cluster', 'plan', 'action', 'consultation', 'guidance', 'achievement'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

export const TYPE_LABELS: Record<SearchType, string> = {
  community: 'Community',
  cluster: 'Communities planning together',
  plan: 'Plan',
  action: 'Plan action',
  consultation: 'Consultation',
  guidance: 'Guidance',
  achievement: 'Achievement',
}

/**
 * One search document. The common fields come first; `text` holds the type's own words.
 * `source` names the CMS document it was made from (`plans:12`), so a sync can replace or
 * remove everything that one document produced.
 */
export type SearchDocument = {
  id: string
  source: string
  type: SearchType
  title: string
  excerpt: string
  text: string
  url: string
  community: string[]
  cluster: string | null
  /** Plan themes the document is about, by label: a filter people ask for. */
  theme: string[]
  /** Partners named in the document: a filter people ask for. */
  partner: string[]
  year: number | null
  status: string | null
  updated: string
}

/** Meilisearch ids allow letters, digits, `-` and `_` only; MongoDB and array-row ids fit. */
export const documentId = (collection: string, id: unknown, part?: string): string =>
  `${collection}-${String(id)}${part ? `-${part}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '_')

export const sourceOf = (collection: string, id: unknown): string => `${collection}:${String(id)}`

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' }

/** Rich text reaches the snapshot as HTML; search wants its words only. */
export const plainText = (html: string | null | undefined): string =>
  (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole))
    .replace(/\s+/g, ' ')
    .trim()

/** The first sentence or so, cut at a word, for the line under a result's title. */
export const excerptOf = (text: string, length = 220): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return clean
  const cut = clean.slice(0, length)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 30))}…`
}

export const joinText = (...parts: Array<string | null | undefined | false>): string => parts.filter((part): part is string => Boolean(part)).join(' ')

export const yearOf = (iso: string | null | undefined): number | null => (iso ? new Date(iso).getUTCFullYear() : null)
