import type { Community } from '../payload-types'

type PopulationGroup = NonNullable<NonNullable<Community['profile']>['groups']>[number]['group']

/**
 * A census-style profile of a community's residents, made from its population with the rough
 * shares of a small English district. The demo needs figures to compare respondents with, not
 * real statistics.
 */
const SHARES: Record<PopulationGroup, number> = {
  'ageBand:under-16': 0.17,
  'ageBand:16-24': 0.09,
  'ageBand:25-44': 0.22,
  'ageBand:45-64': 0.28,
  'ageBand:65-74': 0.13,
  'ageBand:75-plus': 0.11,
  'disability:yes': 0.21,
  'disability:no': 0.79,
  'ethnicGroup:asian': 0.03,
  'ethnicGroup:black': 0.01,
  'ethnicGroup:mixed': 0.02,
  'ethnicGroup:white': 0.93,
  'ethnicGroup:other': 0.01,
}

export const demoProfile = (population: number) => ({
  source: 'Census 2021, rounded for the demo',
  year: 2021,
  groups: Object.entries(SHARES).map(([group, share]) => ({ group: group as PopulationGroup, people: Math.round(population * share) })),
})

/** The demo's respondents lean older, as drop-ins often do: what the reach view should catch. */
export const DEMO_AGE_WEIGHTS: Array<[string, number]> = [
  ['under-16', 1],
  ['16-24', 2],
  ['25-44', 10],
  ['45-64', 30],
  ['65-74', 25],
  ['75-plus', 15],
  ['prefer-not-to-say', 3],
]
