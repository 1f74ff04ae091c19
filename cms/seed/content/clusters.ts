import type { ClusterSeed } from '../types'

export const clusters: ClusterSeed[] = [
  {
    name: 'Wend Valley Parishes',
    slug: 'wend-valley-parishes',
    summary:
      'Five small parishes up the Wend valley that decided in 2024 to write one joint plan instead of five thin ones. They share a coordinator, speak to the council and the network operator with one voice, and each parish still leads its own actions. Where they disagree, they say so and agree to differ.',
    members: ['brackenhithe', 'ottercombe-magna', 'wrenfold', 'hobble-end', 'thistlebury'],
    approach: 'joint-plan',
    coordinator: { name: 'Rosalind Tupper', email: 'wendvalley.coordinator@example.org' },
  },
  {
    name: 'Kestwick Area Partnership',
    slug: 'kestwick-area-partnership',
    summary:
      'Kestwick and the neighbourhoods on its edge keep their own plans and bring them together in one area plan, so the district and the county hear one voice on the things they share: the bus station, safe routes into town and somewhere for young people to go. Linnet Green joined in 2026.',
    members: ['kestwick', 'gorsey-bank', 'linnet-green'],
    approach: 'area-plan',
    coordinator: { name: 'Dev Okafor', email: 'kestwick.area@example.org' },
    membership: [{ community: 'linnet-green', joined: '2026-02-10' }],
  },
]
