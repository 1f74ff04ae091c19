/**
 * Planning words residents meet on this site, explained once on the glossary page and linked
 * from the first place each appears on any other page (site/lib/linkGlossaryTerms.ts).
 * `matches` are the spellings to link, longest first; they are matched as whole words.
 */
export type GlossaryTerm = { id: string; term: string; matches: string[]; meaning: string }

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'community-led-plan',
    term: 'Community-led plan',
    matches: ['community-led plan', 'Community-led plan'],
    meaning:
      'A plan written by local people for their own place: what they want to keep, change and do, and who will help. It has no legal force, but councils and other partners can act on it.',
  },
  {
    id: 'cluster-plan',
    term: 'Cluster plan',
    matches: ['cluster plan', 'Cluster plan'],
    meaning: 'One plan shared by several neighbouring communities, usually small ones, for the things they can only change together.',
  },
  {
    id: 'ldp',
    term: 'Local Development Plan (LDP)',
    matches: ['Local Development Plan', 'LDP'],
    meaning:
      'The council’s statutory plan for land use: where new homes, shops and workplaces may go, and what is protected. Planning applications are decided against it.',
  },
  {
    id: 'ldf',
    term: 'Local Development Framework (LDF)',
    matches: ['Local Development Framework', 'LDF'],
    meaning: 'The older name, in England, for the set of documents that made up a council’s local plan. Some councils still use it.',
  },
  {
    id: 'local-place-plan',
    term: 'Local Place Plan',
    matches: ['Local Place Plan'],
    meaning:
      'In Scotland, a plan a community body prepares about the use and development of land in its area. The council must take it into account in its Local Development Plan.',
  },
  {
    id: 'locality-plan',
    term: 'Locality Plan',
    matches: ['Locality Plan'],
    meaning:
      'A plan by a Community Planning Partnership to improve outcomes in a smaller area that is worse off than the rest, written with the people who live there.',
  },
  {
    id: 'neighbourhood-plan',
    term: 'Neighbourhood Plan',
    matches: ['Neighbourhood Plan'],
    meaning:
      'In England, a plan for land use written by a parish or town council or neighbourhood forum. Once approved at a local referendum it becomes part of the statutory development plan.',
  },
  {
    id: 'community-planning-partnership',
    term: 'Community Planning Partnership (CPP)',
    matches: ['Community Planning Partnership', 'CPP'],
    meaning: 'The council, health board, police, fire service and other public bodies in an area, working together with communities to plan local services.',
  },
  {
    id: 'dno',
    term: 'Distribution Network Operator (DNO)',
    matches: ['Distribution Network Operator', 'DNO'],
    meaning:
      'The company that owns and runs the local electricity cables and substations. New homes, chargers and community energy schemes need its agreement to connect.',
  },
  {
    id: 's106',
    term: 'Section 106 agreement (S106)',
    matches: ['Section 106 agreement', 'Section 106', 'S106'],
    meaning:
      'A legal agreement between a council and a developer, made with a planning permission, by which the developer pays for or provides something the area needs because of the development, such as affordable homes or a play area.',
  },
  {
    id: 'cil',
    term: 'Community Infrastructure Levy (CIL)',
    matches: ['Community Infrastructure Levy', 'CIL'],
    meaning:
      'A charge some councils in England and Wales set on new building, spent on roads, schools and other infrastructure. A share goes to the parish or town council where the building happens.',
  },
  {
    id: 'outputs-and-outcomes',
    term: 'Outputs and outcomes',
    matches: ['outcomes', 'outputs'],
    meaning:
      'Outputs are what was done (a meeting held, a bench installed); outcomes are the difference it made to people (fewer people lonely, safer walking to school).',
  },
]
