import { describe, expect, it } from 'vitest'

import { publicPath } from '../../cms/shared/publicUrls'
import { contentPagePath } from '../../site/lib/contentPages'
import { everyPagePath } from '../../site/lib/everyPage'
import { affectedRoutes } from '../../site/lib/routeDependencies'
import { SITE_MAP_PAGE_SIZE } from '../../site/lib/paging'
import { isPaged, listingName, siteMapListings, siteMapSections } from '../../site/lib/siteMap'
import type { SiteSnapshot } from '../../site/lib/snapshot'

const T = '2026-05-01T10:00:00.000Z'

/** A district of `count` communities and nothing else: its communities section alone outgrows a page of the site map. */
const districtOf = (count: number): SiteSnapshot =>
  ({
    generatedAt: T,
    site: {},
    retentionMonths: 24,
    communities: Array.from({ length: count }, (_, index) => ({ id: index + 1, name: `Community ${index + 1}`, slug: `community-${index + 1}`, updatedAt: T })),
    clusters: [],
    partners: [],
    strategies: [],
    plans: [],
    consultations: [],
    guidance: [],
    influenceLogs: [],
    achievementReports: [],
    media: [],
    events: [],
  }) as unknown as SiteSnapshot

const UNLISTED = /^\/404$|\/(thank-you|check-your-mail)\/$/

/** Each link the site map's pages give, by page: the overview's inline sections and each listing page's slice. */
const linksByPage = (snapshot: SiteSnapshot): Map<string, string[]> => {
  const pages = new Map<string, string[]>([[publicPath.siteMap, []]])
  for (const section of siteMapSections(snapshot)) {
    const listings = siteMapListings(section)
    if (listings.length === 0) pages.get(publicPath.siteMap)!.push(...section.pages.map((page) => page.path))
    pages.get(publicPath.siteMap)!.push(...listings.map((listing) => listing.path))
    for (const listing of listings)
      pages.set(
        listing.path,
        section.pages.slice(listing.first - 1, listing.last).map((page) => page.path),
      )
  }
  return pages
}

describe('the HTML site map', () => {
  const big = districtOf(2 * SITE_MAP_PAGE_SIZE + 50)

  it('gives a section bigger than a page listing pages of its own, named by the pages they hold', () => {
    const communities = siteMapSections(big).find((section) => section.key === 'communities')!
    expect(isPaged(communities)).toBe(true)
    const listings = siteMapListings(communities)
    expect(listings.map((listing) => listing.path)).toEqual([
      publicPath.siteMapSection('communities', 1),
      publicPath.siteMapSection('communities', 2),
      publicPath.siteMapSection('communities', 3),
    ])
    expect(listings.map((listing) => listingName(communities, listing))).toEqual([
      `Communities, pages 1 to ${SITE_MAP_PAGE_SIZE}`,
      `Communities, pages ${SITE_MAP_PAGE_SIZE + 1} to ${2 * SITE_MAP_PAGE_SIZE}`,
      `Communities, pages ${2 * SITE_MAP_PAGE_SIZE + 1} to ${communities.pages.length}`,
    ])
    const huge = siteMapSections(districtOf(5 * SITE_MAP_PAGE_SIZE + 1)).find((section) => section.key === 'communities')!
    expect(listingName(huge, siteMapListings(huge).at(-1)!)).toBe(
      `Communities, pages ${(5 * SITE_MAP_PAGE_SIZE + 1).toLocaleString('en-GB')} to ${huge.pages.length.toLocaleString('en-GB')}`,
    )
    expect(listings.map((listing) => [listing.page, listing.lastPage])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })

  it('lists every page the build writes but the personal ones exactly once, and no page of it holds more than a page size of links', () => {
    const pages = linksByPage(big)
    const listed = [...pages.values()].flat()
    const expected = everyPagePath(big).filter((pagePath) => !UNLISTED.test(pagePath))
    expect([...listed].sort()).toEqual([...expected].sort())
    expect(new Set(listed).size).toBe(listed.length)
    for (const [page, links] of pages) expect(links.length, page).toBeLessThanOrEqual(SITE_MAP_PAGE_SIZE)
  })

  it('keeps small sections on the overview, so a small site has a one-page site map', () => {
    const small = districtOf(12)
    expect(siteMapSections(small).some(isPaged)).toBe(false)
    expect(everyPagePath(small)).toEqual(contentPagePath(small))
  })

  it('has the build rebuild its listing pages when a page is renamed, added or removed', () => {
    const listingPaths = siteMapSections(big)
      .flatMap(siteMapListings)
      .map((listing) => listing.path)
    const renamed = { ...big, communities: big.communities.map((community, index) => (index === 0 ? { ...community, name: 'Renamed' } : community)) }
    const grown = districtOf(2 * SITE_MAP_PAGE_SIZE + 51)
    for (const after of [renamed, grown, districtOf(2 * SITE_MAP_PAGE_SIZE + 49)]) {
      const affected = affectedRoutes(big, after)
      expect(affected.everything).toBe(false)
      if (!affected.everything) expect([...affected.paths]).toEqual(expect.arrayContaining(listingPaths))
    }
    // Shrinking below a page size takes the section back to the overview: its listing pages go.
    const shrunk = affectedRoutes(big, districtOf(SITE_MAP_PAGE_SIZE - 10))
    expect(shrunk.everything).toBe(false)
    if (!shrunk.everything) expect([...shrunk.paths]).toEqual(expect.arrayContaining(listingPaths))
    expect(everyPagePath(districtOf(SITE_MAP_PAGE_SIZE - 10)).some((pagePath) => pagePath.startsWith(`${publicPath.siteMap}communities/`))).toBe(false)
  })
})
