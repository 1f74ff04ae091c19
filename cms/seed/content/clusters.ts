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
]
