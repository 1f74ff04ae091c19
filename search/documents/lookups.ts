import { THEMES } from '../../cms/shared/options'
import type { SearchSource } from './shape'
import { publicPath } from '../../cms/shared/publicUrls'

type Named = { id: number | string; name: string; slug?: string | null }

/** A relation's id as a table key; anything but a plain id (a populated document, say) finds nothing. */
const key = (id: unknown): string => (typeof id === 'string' || typeof id === 'number' ? String(id) : '')

const byId = <T extends { id: number | string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [String(item.id), item]))

/** A plan theme's label (the theme filter's value); null for none. */
export const themeName = (theme: string | null | undefined): string | null => THEMES.find((candidate) => candidate.value === theme)?.label ?? null

/** Names without blanks or repeats, in order: what a facet field holds. */
export const names = (...values: Array<string | null | undefined>): string[] => [...new Set(values.filter((value): value is string => Boolean(value)))]

/** Id-to-name tables for the relations a search document spells out in words. */
export const lookups = (source: SearchSource) => {
  const communities = byId(source.communities)
  const clusters = byId(source.clusters)
  const partners = byId(source.partners as Named[])
  const strategies = byId(source.strategies as Named[])
  const name = (table: Map<string, Named>, id: unknown): string | null => (id === null || id === undefined ? null : (table.get(key(id))?.name ?? null))
  return {
    community: (id: unknown) => communities.get(key(id)),
    cluster: (id: unknown) => clusters.get(key(id)),
    partnerName: (id: unknown) => name(partners, id),
    strategyName: (id: unknown) => name(strategies, id),
    /**
     * The communities a piece of content belongs to, by name: its own, or every member of the
     * cluster that owns it, so filtering by a place also finds what its cluster does there.
     */
    placeNames: (owner: { community?: unknown; communities?: unknown[] | null; cluster?: unknown }): string[] => {
      const ids = owner.cluster ? (clusters.get(key(owner.cluster))?.members ?? []) : (owner.communities ?? (owner.community ? [owner.community] : []))
      return ids
        .map((id) => communities.get(key(id))?.name)
        .filter((found): found is string => Boolean(found))
        .sort((a, b) => a.localeCompare(b, 'en-GB'))
    },
    clusterName: (id: unknown) => (id ? (clusters.get(key(id))?.name ?? null) : null),
    /** The page an owner's content lives on: a community page or a cluster page. */
    ownerUrl: (owner: { community?: unknown; cluster?: unknown }): string | null => {
      if (owner.cluster) {
        const cluster = clusters.get(key(owner.cluster))
        return cluster ? publicPath.cluster(cluster.slug) : null
      }
      const community = communities.get(String(owner.community))
      return community ? publicPath.community(community.slug) : null
    },
  }
}

export type Lookups = ReturnType<typeof lookups>
