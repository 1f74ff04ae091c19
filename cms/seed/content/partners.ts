import type { PartnerSeed } from '../types'

/** Made-up public bodies and providers that Harrowdale's communities work with. */
export const partners: PartnerSeed[] = [
  {
    name: 'Harrowdale District Council',
    slug: 'harrowdale-district-council',
    kind: 'council',
    website: 'https://harrowdale.example.org/',
    contact: { name: 'Priya Halloran, Community Planning Officer', email: 'priya.halloran@example.org' },
    strategies: [
      {
        name: 'Harrowdale Local Development Plan 2024–2039',
        kind: 'local-development-plan',
        url: 'https://harrowdale.example.org/planning/local-plan',
        summary:
          'Sets where new homes, jobs and green spaces will go across the district until 2039, and the rules planning applications are judged against. Community-led plans can be used as evidence when sites are reviewed.',
      },
      {
        name: 'Harrowdale Housing Strategy 2023–2028',
        kind: 'housing-strategy',
        url: 'https://harrowdale.example.org/housing/strategy',
        summary:
          'How the council will get more affordable homes built, bring empty homes back into use and help people stay warm and well at home. It names rural exception sites and downsizing for older people as priorities.',
      },
      {
        name: 'Harrowdale Climate Action Plan',
        kind: 'other',
        summary:
          'The council’s plan to reach net zero in its own buildings by 2030 and to help communities cut carbon, including a small grants scheme for community energy and tree planting.',
      },
    ],
  },
  {
    name: 'Wendshire County Council',
    slug: 'wendshire-county-council',
    kind: 'council',
    website: 'https://wendshire.example.org/',
    contact: { name: 'Martin Okonedo, Highways and Transport Liaison', email: 'martin.okonedo@example.org' },
    strategies: [
      {
        name: 'Wendshire Local Transport Plan',
        kind: 'local-transport-plan',
        url: 'https://wendshire.example.org/transport/ltp',
        summary:
          'The county’s plan for roads, buses, walking and cycling. It decides which schemes get money first and has a rural mobility chapter covering demand-responsive buses and community transport.',
      },
      {
        name: 'Wendshire Flood Risk Management Strategy',
        kind: 'other',
        summary:
          'How the county, as lead flood authority, works with landowners and parishes to cut the risk of surface water and river flooding, including a community flood plan scheme.',
      },
    ],
  },
  {
    name: 'Wend Valley Health and Care Partnership',
    slug: 'wend-valley-health-and-care-partnership',
    kind: 'health',
    website: 'https://wendvalleyhealth.example.org/',
    contact: { name: 'Dr Hannah Quayle, Locality Lead', email: 'hannah.quayle@example.org' },
    strategies: [
      {
        name: 'Harrowdale Locality Plan 2024–2027',
        kind: 'locality-plan',
        summary:
          'The joint plan of local health services, the council and the voluntary sector for Harrowdale: getting to appointments, support for carers, social prescribing and keeping older people well at home.',
      },
      {
        name: 'Wendshire Health and Wellbeing Strategy 2023–2028',
        kind: 'health-wellbeing-strategy',
        url: 'https://wendvalleyhealth.example.org/wellbeing-strategy',
        summary:
          'The county-wide strategy agreed by the health and wellbeing board. Its three aims are a good start in life, mental wellbeing for all ages, and fewer people lonely or isolated.',
      },
    ],
  },
  {
    name: 'Chalkdown Power Networks',
    slug: 'chalkdown-power-networks',
    kind: 'energy-network',
    website: 'https://chalkdownpower.example.com/',
    contact: { name: 'Tomasz Reilly, Community Energy Engagement Manager', email: 'tomasz.reilly@example.org' },
    strategies: [
      {
        name: 'Chalkdown Network Development Plan 2025',
        kind: 'network-development-plan',
        url: 'https://chalkdownpower.example.com/network-development-plan',
        summary:
          'Shows where the electricity network is close to full and where the operator plans to add capacity over the next ten years. It uses local plans to forecast demand from heat pumps, EV chargers and solar.',
      },
    ],
  },
  {
    name: 'Wendshire Constabulary',
    slug: 'wendshire-constabulary',
    kind: 'police',
    website: 'https://wendshirepolice.example.org/',
    contact: { name: 'PCSO Gemma Ashdown, Harrowdale Rural Team', email: 'gemma.ashdown@example.org' },
    strategies: [
      {
        name: 'Harrowdale Community Safety Plan 2024–2027',
        kind: 'community-safety-plan',
        summary:
          'Agreed by the police, councils and partners in the Harrowdale community safety partnership. Priorities are road safety on rural routes, antisocial behaviour in town centres and rural crime.',
      },
    ],
  },
  {
    name: 'Wendmoor Homes',
    slug: 'wendmoor-homes',
    kind: 'housing',
    website: 'https://wendmoorhomes.example.org/',
    contact: { name: 'Leanne Corbishley, Neighbourhood Officer', email: 'leanne.corbishley@example.org' },
    strategies: [
      {
        name: 'Wendmoor Homes Neighbourhood Investment Plan 2024–2029',
        kind: 'other',
        summary:
          'The housing association’s five-year plan for repairs, insulation and improvements to shared spaces on its estates, with a small budget that tenants help decide.',
      },
    ],
  },
  {
    name: 'Wendlink Buses',
    slug: 'wendlink-buses',
    kind: 'transport',
    website: 'https://wendlink.example.com/',
    contact: { name: 'Colin Marchbank, Network Planner', email: 'colin.marchbank@example.org' },
    strategies: [
      {
        name: 'Wendlink Network Review 2025',
        kind: 'other',
        summary:
          'The bus company’s review of routes and timetables across Harrowdale, including the valley route 41 and Kestwick town services. Changes are tested with passengers before they start.',
      },
    ],
  },
]
