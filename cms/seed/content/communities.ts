import type { CommunitySeed } from '../types'

/**
 * Ten made-up places in the made-up district of Harrowdale, Wendshire.
 * Five small parishes up the Wend valley plan together as a cluster; the rest sit in and
 * around the market town of Kestwick.
 */
export const communities: CommunitySeed[] = [
  {
    name: 'Brackenhithe',
    slug: 'brackenhithe',
    kind: 'parish',
    summary:
      'The largest of the Wend valley parishes, built around an old river crossing and a busy primary school. Most people drive to Kestwick for work and shopping, and the hourly bus is a lifeline for those who cannot.',
    population: 1850,
    contact: { name: 'Brackenhithe Parish Council clerk', email: 'brackenhithe.clerk@example.org', phone: '01632 960 114' },
    centre: [-2.25, 51.42],
    radiusKm: 2,
    picture: {
      sky: '#cfe3f2',
      land: '#6f9a4e',
      alt: 'Drawing of a stone bridge over a slow river with green fields beyond, standing in for a photo of Brackenhithe.',
    },
  },
  {
    name: 'Ottercombe Magna',
    slug: 'ottercombe-magna',
    kind: 'parish',
    summary:
      'A hillside parish of farms, a church, a pub and a well-used village hall. Many homes are off the gas grid and heat with oil, so energy costs come up at almost every meeting.',
    population: 1240,
    contact: { name: 'Ottercombe Magna Community Group', email: 'ottercombe.community@example.org' },
    centre: [-2.205, 51.445],
    radiusKm: 1.6,
    picture: {
      sky: '#f3dcc2',
      land: '#7c8f45',
      alt: 'Drawing of a church tower on a slope above patchwork fields at sunset, standing in for a photo of Ottercombe Magna.',
    },
  },
  {
    name: 'Wrenfold',
    slug: 'wrenfold',
    kind: 'parish',
    summary:
      'A small parish at the top of the valley, with narrow lanes, a chapel and a lot of sheep. Mobile signal is patchy and the nearest shop is four miles away.',
    population: 620,
    contact: { name: 'Wrenfold Parish Council clerk', email: 'wrenfold.clerk@example.org' },
    centre: [-2.275, 51.46],
    radiusKm: 1.3,
    picture: {
      sky: '#dfe7ee',
      land: '#8aa36a',
      alt: 'Drawing of low green hills under a pale evening sky, standing in for a photo of Wrenfold.',
    },
  },
  {
    name: 'Hobble End',
    slug: 'hobble-end',
    kind: 'parish',
    summary:
      'A hamlet-sized parish strung along one lane beside the river meadows. The lane floods most winters, and neighbours look out for each other because there is no one else nearby to do it.',
    population: 340,
    contact: { name: 'Hobble End Parish Meeting chair', email: 'hobbleend.meeting@example.org' },
    centre: [-2.19, 51.4],
    radiusKm: 0.9,
    picture: {
      sky: '#c9d6df',
      land: '#5f8a5a',
      alt: 'Drawing of a row of cottages beside flat wet meadows under a grey sky, standing in for a photo of Hobble End.',
    },
  },
  {
    name: 'Thistlebury',
    slug: 'thistlebury',
    kind: 'parish',
    summary:
      'A parish on the southern edge of the valley with a village green, a post office counter in the pub and a growing number of young families. The primary school has a waiting list but the play area is tired.',
    population: 910,
    contact: { name: 'Thistlebury Parish Council clerk', email: 'thistlebury.clerk@example.org', phone: '01632 960 382' },
    centre: [-2.23, 51.375],
    radiusKm: 1.5,
    picture: {
      sky: '#e8efd9',
      land: '#94a857',
      alt: 'Drawing of a village green with a big oak tree and a bench in summer light, standing in for a photo of Thistlebury.',
    },
  },
  {
    name: 'Kestwick',
    slug: 'kestwick',
    evidence: [
      { title: 'Town centre parking and bus punctuality count', kind: 'audit', date: '2025-05-01', source: 'Kestwick Town Council volunteers' },
      { title: 'Census 2021 profile of Kestwick', kind: 'statistics', date: '2022-11-01', source: 'Office for National Statistics' },
    ],
    kind: 'town',
    summary:
      'The market town at the heart of Harrowdale, with a Thursday market, a bus station, two GP surgeries and a high street that has seen better days. The town council and the Kestwick Town Partnership share the job of turning residents’ ideas into action.',
    population: 14200,
    contact: { name: 'Kestwick Town Partnership', email: 'kestwick.partnership@example.org', phone: '01632 960 250' },
    centre: [-2.06, 51.35],
    radiusKm: 2.8,
    picture: {
      sky: '#bcd4e6',
      land: '#a3a36b',
      alt: 'Drawing of a market square with a clock tower and striped stall awnings, standing in for a photo of Kestwick.',
    },
  },
  {
    name: 'Gorsey Bank',
    slug: 'gorsey-bank',
    evidence: [
      { title: 'Night-time lighting walkabout', kind: 'audit', date: '2024-03-01', source: 'Gorsey Bank residents with the neighbourhood police team' },
    ],
    kind: 'neighbourhood',
    summary:
      'A neighbourhood of 1960s council-built homes on the east side of Kestwick, now mostly owned by a housing association. It has a strong residents’ association, a community café and not much for teenagers to do.',
    population: 2900,
    contact: { name: 'Gorsey Bank Residents’ Association', email: 'gorseybank.residents@example.org' },
    centre: [-2.04, 51.338],
    radiusKm: 0.7,
    picture: {
      sky: '#d7e4ee',
      land: '#7fa35b',
      alt: 'Drawing of terraced houses on a grassy slope dotted with yellow gorse, standing in for a photo of Gorsey Bank.',
    },
  },
  {
    name: 'Millrace',
    slug: 'millrace',
    kind: 'ward',
    summary:
      'A district ward south of Kestwick, following the river past the old woollen mill, its terraces and a newer estate. Surface water flooding and the state of the riverside path are the big local worries.',
    population: 3600,
    contact: { name: 'Millrace Ward Forum', email: 'millrace.forum@example.org' },
    centre: [-2.045, 51.302],
    radiusKm: 1.4,
    picture: {
      sky: '#c4d3dc',
      land: '#6c8c63',
      alt: 'Drawing of a brick mill with a tall chimney beside a river and willow trees, standing in for a photo of Millrace.',
    },
  },
  {
    name: 'Farthingdale',
    slug: 'farthingdale',
    kind: 'village',
    summary:
      'A quiet village east of Kestwick with a shop, a cricket pitch and a village hall that needs a new roof. The main road through the village is used as a rat run at rush hour.',
    population: 780,
    contact: { name: 'Farthingdale Village Hall Committee', email: 'farthingdale.hall@example.org' },
    centre: [-1.96, 51.33],
    radiusKm: 1.2,
    picture: {
      sky: '#e4ecf4',
      land: '#86a85e',
      alt: 'Drawing of a cricket pitch with a white pavilion and hedgerows behind, standing in for a photo of Farthingdale.',
    },
  },
  {
    name: 'Linnet Green',
    slug: 'linnet-green',
    kind: 'neighbourhood',
    summary:
      'A new estate on the northern edge of Kestwick, finished in 2022, with around 600 homes and a lot of newcomers. There is a play park but still no shop, no meeting place and no safe path into town.',
    population: 1450,
    contact: { name: 'Linnet Green Neighbours Group', email: 'linnetgreen.neighbours@example.org' },
    centre: [-2.095, 51.385],
    radiusKm: 0.9,
    picture: {
      sky: '#d9e8f5',
      land: '#9ab873',
      alt: 'Drawing of new brick houses around a young tree-lined green under a bright sky, standing in for a photo of Linnet Green.',
    },
  },
]
