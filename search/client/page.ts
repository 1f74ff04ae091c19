import { SEARCH_TYPES, TYPE_LABELS } from '../documents/shape'
import { type EngineConfig, type FacetCounts, PER_PAGE, type SearchEngine, type SearchRequest, type SearchResults } from './engine'
import { hasFilters, paramsFromRequest, requestFromParams } from './request'
import { publicPath } from '../../cms/shared/publicUrls'

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), properties)
  node.append(...children)
  return node
}

const loadEngine = async (config: EngineConfig): Promise<SearchEngine> => {
  if (config.engine === 'meilisearch') {
    const { meiliEngine } = await import('./meiliEngine')
    return meiliEngine(config.host, config.apiKey, config.index)
  }
  const { staticEngine } = await import('./staticEngine')
  return staticEngine(config.base)
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

/** Wires the search page: the form and its filters drive the engine; results are announced through the status line. */
export const startSearchPage = (): void => {
  const form = document.querySelector<HTMLFormElement>('#search-form')
  const status = document.querySelector<HTMLElement>('#search-status')
  const results = document.querySelector<HTMLElement>('#search-results')
  const filters = document.querySelector<HTMLElement>('#search-filters')
  const browse = document.querySelector<HTMLElement>('#search-browse')
  if (!form || !status || !results || !filters || !browse) return
  const config = JSON.parse(form.dataset.engine ?? '{"engine":"static","base":"/"}') as EngineConfig
  const queryInput = form.querySelector<HTMLInputElement>('input[name="q"]')!
  const communitySelect = form.querySelector<HTMLSelectElement>('select[name="community"]')!
  const yearSelect = form.querySelector<HTMLSelectElement>('select[name="year"]')!
  const themeSelect = form.querySelector<HTMLSelectElement>('select[name="theme"]')!
  const partnerSelect = form.querySelector<HTMLSelectElement>('select[name="partner"]')!
  const typeBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')]
  const engine = loadEngine(config)
  filters.hidden = false
  let latest = 0

  /** What the form says now; a changed search starts again at page 1. */
  const currentRequest = (): SearchRequest =>
    requestFromParams(
      new URLSearchParams([...new FormData(form).entries()].map(([name, value]) => [name, typeof value === 'string' ? value : value.name] as [string, string])),
    )

  const fillSelect = (
    select: HTMLSelectElement,
    counts: Record<string, number> | null,
    chosen: string | null,
    allLabel: string,
    order: (a: string, b: string) => number,
  ) => {
    const values = counts ? Object.keys(counts).filter((value) => counts[value]! > 0) : []
    if (chosen && !values.includes(chosen)) values.push(chosen)
    const label = (value: string) => (counts ? `${value} (${counts[value] ?? 0})` : value)
    select.replaceChildren(
      element('option', { value: '', textContent: allLabel }),
      ...values.sort(order).map((value) => element('option', { value, textContent: label(value), selected: value === chosen })),
    )
  }

  /** Counts beside every filter; until the engine has them (or when it has none, as for partial matches), the filters work without counts. */
  const showFacets = (request: SearchRequest, facets: FacetCounts | null, pending = true) => {
    filters.dataset.counts = facets ? 'shown' : pending ? 'pending' : 'none'
    for (const box of typeBoxes) {
      const label = form.querySelector<HTMLElement>(`label[for="${box.id}"] .count`)
      box.checked = request.type.includes(box.value as (typeof SEARCH_TYPES)[number])
      if (label) label.textContent = facets ? `(${facets.type[box.value] ?? 0})` : ''
    }
    fillSelect(communitySelect, facets?.community ?? null, request.community, 'All communities', (a, b) => a.localeCompare(b, 'en-GB'))
    fillSelect(themeSelect, facets?.theme ?? null, request.theme, 'All themes', (a, b) => a.localeCompare(b, 'en-GB'))
    fillSelect(partnerSelect, facets?.partner ?? null, request.partner, 'All partners', (a, b) => a.localeCompare(b, 'en-GB'))
    fillSelect(yearSelect, facets?.year ?? null, request.year, 'Any year', (a, b) => b.localeCompare(a))
  }

  const pageLink = (request: SearchRequest, page: number, label: string, rel: string) =>
    element('a', {
      href: `?${paramsFromRequest({ ...request, page })}`,
      textContent: label,
      rel,
      onclick: (event: MouseEvent) => {
        event.preventDefault()
        void run({ ...request, page }, { moveFocus: true })
      },
    })

  const render = (request: SearchRequest, found: SearchResults) => {
    // What was searched: after a typo correction the page names the corrected words, as the notice says.
    const shown = (found.correctedQuery ?? request.query).trim()
    const parts: Node[] = []
    if (found.correctedQuery)
      parts.push(
        element(
          'p',
          { className: 'notice' },
          'Some words are not in the index as typed, so these are the results for “',
          element('strong', { className: 'corrected', textContent: found.correctedQuery }),
          '”.',
        ),
      )
    if (found.partial)
      parts.push(element('p', { className: 'notice partial' }, 'No page has all of these words, so these pages have some of them, those with the most first.'))
    if (found.total === 0) {
      const help = element('div', { className: 'search-empty' }, element('h2', { textContent: 'No results' }))
      if (hasFilters(request)) {
        help.append(
          element(
            'p',
            {},
            'Some filters are on. ',
            element('button', {
              type: 'button',
              className: 'link-button',
              textContent: 'Clear the filters and search again',
              onclick: () => void run({ ...request, type: [], community: null, theme: null, partner: null, year: null, page: 1 }, { moveFocus: true }),
            }),
          ),
        )
      }
      help.append(
        element(
          'p',
          {},
          'Check the spelling, try fewer or more general words, or ',
          element('a', { href: publicPath.communities, textContent: 'find your community in the A to Z' }),
          '.',
        ),
      )
      parts.push(help)
    } else {
      parts.push(element('h2', { textContent: shown ? `Results for ${found.partial ? 'some of ' : ''}“${shown}”` : 'Results' }))
      const list = element('ol', { className: 'search-results', start: (found.page - 1) * PER_PAGE + 1 })
      for (const hit of found.hits) {
        const excerpt = element('p')
        excerpt.innerHTML = hit.excerptHtml
        list.append(
          element(
            'li',
            {},
            element('h3', {}, element('a', { href: hit.url, textContent: hit.title })),
            element(
              'p',
              { className: 'meta' },
              element('span', { className: 'tag', textContent: TYPE_LABELS[hit.type] ?? hit.type }),
              [hit.place, hit.status]
                .filter(Boolean)
                .map((part) => ` · ${part}`)
                .join(''),
            ),
            excerpt,
          ),
        )
      }
      parts.push(list)
      if (found.pages > 1) {
        const pager = element(
          'nav',
          { className: 'pager' },
          found.page > 1 ? pageLink(request, found.page - 1, 'Previous page', 'prev') : element('span'),
          element('span', { textContent: `Page ${found.page} of ${found.pages}` }),
          found.page < found.pages ? pageLink(request, found.page + 1, 'Next page', 'next') : element('span'),
        )
        pager.setAttribute('aria-label', 'Result pages')
        parts.push(pager)
      }
    }
    results.replaceChildren(...parts)
    browse.hidden = found.total > 0
    status.textContent =
      found.total === 0
        ? `No results${shown ? ` for “${shown}”` : ''}.`
        : `${plural(found.total, 'result', 'results')}${shown ? ` for ${found.partial ? 'some of ' : ''}“${shown}”` : ''}${found.pages > 1 ? `, page ${found.page} of ${found.pages}` : ''}.`
  }

  /** A search people asked for gets its own history entry; one read from the address (on load, back, forward) keeps it. */
  const run = async (request: SearchRequest, { moveFocus = false, newEntry = true } = {}) => {
    const ticket = (latest += 1)
    const params = paramsFromRequest(request)
    const search = params.size > 0 ? `?${params}` : ''
    if (newEntry && search !== location.search) history.pushState(null, '', search || location.pathname)
    if (!request.query && !hasFilters(request)) {
      results.replaceChildren()
      browse.hidden = false
      status.textContent = ''
      return
    }
    status.textContent = 'Searching…'
    results.setAttribute('aria-busy', 'true')
    try {
      const found = await (await engine).search(request)
      if (ticket !== latest) return
      showFacets(request, found.facets)
      render(request, found)
      if (!found.facets) {
        void (await engine).whenFacetsReady().then(async () => {
          if (ticket !== latest) return
          const counted = await (await engine).search(request)
          if (ticket === latest) showFacets(request, counted.facets, false)
        })
      }
      if (moveFocus) results.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1')
      if (moveFocus) results.querySelector<HTMLElement>('h2')?.focus()
    } catch {
      if (ticket === latest) status.textContent = 'Search is not working at the moment. Please browse the communities A to Z instead.'
    } finally {
      if (ticket === latest) results.setAttribute('aria-busy', 'false')
    }
  }

  const fromAddress = () => {
    const request = requestFromParams(new URLSearchParams(location.search))
    queryInput.value = request.query
    for (const box of typeBoxes) box.checked = request.type.includes(box.value as (typeof SEARCH_TYPES)[number])
    return request
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run(currentRequest())
  })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[name="type"], select')) void run(currentRequest())
  })
  window.addEventListener('popstate', () => void run(fromAddress(), { newEntry: false }))
  void run(fromAddress(), { newEntry: false })
}
