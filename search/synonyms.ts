/**
 * Words people use for the same thing in UK local planning. Each group is symmetric: any
 * term finds content that uses any other. Applied by both engines: Meilisearch through its
 * synonyms setting, the static index by adding a group's other terms to content that uses one.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ldp', 'local development plan', 'local plan'],
  ['ldf', 'local development framework'],
  ['ndp', 'neighbourhood plan', 'neighbourhood development plan'],
  ['dno', 'network operator', 'distribution network operator'],
  ['nhs', 'health board', 'health partnership', 'integrated care board', 'icb'],
  ['community council', 'parish council', 'town council'],
  ['gp', 'surgery', 'doctors'],
  ['ev', 'electric vehicle'],
  ['cil', 'community infrastructure levy'],
  ['s106', 'section 106', 'developer contributions'],
  ['sustrans', 'cycle route', 'cycleway'],
  ['affordable housing', 'social housing', 'council housing'],
]

/** Meilisearch's shape: every term lists all the others in its group. */
export const meilisearchSynonyms = (groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> => {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) for (const term of group) synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...group.filter((other) => other !== term)])]
  return synonyms
}

const normalise = (text: string): string =>
  ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `

/** The terms' own normalised forms, worked out once: the index asks for every document. */
const normalisedTerms = new Map<string, string>()
const normalisedTerm = (term: string): string => {
  let known = normalisedTerms.get(term)
  if (known === undefined) normalisedTerms.set(term, (known = normalise(term)))
  return known
}

/** The terms a text does not use but whose synonyms it does: what the static index adds to it. */
export const synonymsFor = (text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] => {
  const words = normalise(text)
  const added = new Set<string>()
  for (const group of groups) {
    const used = group.filter((term) => words.includes(normalisedTerm(term)))
    if (used.length > 0) for (const term of group) if (!used.includes(term)) added.add(term)
  }
  return [...added]
}
