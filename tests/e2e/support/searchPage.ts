import type { Page } from 'playwright-core'

export type PageSearch = { query: string; type?: string[]; community?: string; theme?: string; partner?: string; year?: string }
export type PageResult = { title: string; url: string; type: string; place: string }
export type PageAnswer = { status: string; results: PageResult[]; corrected: string | null; milliseconds: number }

/**
 * Runs one search on an open search page the way the page's own address handling does (as
 * after Back or Forward), and reads what it shows. Used by the relevance contract suite and
 * the benchmark, so both measure the page people use, whichever engine is behind it.
 */
export const searchOnPage = async (page: Page, search: PageSearch): Promise<PageAnswer> => {
  const params = new URLSearchParams()
  if (search.query) params.set('q', search.query)
  for (const type of search.type ?? []) params.append('type', type)
  if (search.community) params.set('community', search.community)
  if (search.theme) params.set('theme', search.theme)
  if (search.partner) params.set('partner', search.partner)
  if (search.year) params.set('year', search.year)
  const milliseconds = await page.evaluate(async (address) => {
    const started = performance.now()
    history.pushState(null, '', address)
    window.dispatchEvent(new PopStateEvent('popstate'))
    const results = document.querySelector('#search-results')!
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    await new Promise<void>((resolve) => {
      if (results.getAttribute('aria-busy') !== 'true') return resolve()
      new MutationObserver((_, observer) => {
        if (results.getAttribute('aria-busy') === 'true') return
        observer.disconnect()
        resolve()
      }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] })
    })
    return performance.now() - started
  }, `?${params}`)
  return page.evaluate((took) => {
    const results = [...document.querySelectorAll('.search-results > li')].map((item) => ({
      title: item.querySelector('h3')?.textContent?.trim() ?? '',
      url: item.querySelector('h3 a')?.getAttribute('href') ?? '',
      type: item.querySelector('.tag')?.textContent?.trim() ?? '',
      place: item.querySelector('.meta')?.textContent?.split(' · ').slice(1).join(' · ') ?? '',
    }))
    const corrected = document.querySelector('#search-results .notice .corrected')?.textContent ?? null
    return { status: document.querySelector('#search-status')?.textContent ?? '', results, corrected, milliseconds: took }
  }, milliseconds)
}

/** Opens the search page and waits until its script is ready. */
export const openSearchPage = async (page: Page, siteUrl: string): Promise<void> => {
  await page.goto(`${siteUrl}/search/`)
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#search-filters')?.hidden)
}
