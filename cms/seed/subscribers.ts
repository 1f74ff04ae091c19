import type { RequiredDataFromCollectionSlug } from 'payload'

import { createRandom } from './random'

const FIRST = [
  'ann',
  'bilal',
  'carys',
  'dev',
  'elin',
  'femi',
  'gwen',
  'harry',
  'isla',
  'jonah',
  'kavya',
  'lewis',
  'maya',
  'niall',
  'orla',
  'priya',
  'quinn',
  'rhys',
  'sadie',
  'tom',
  'una',
  'vikram',
  'wren',
  'yusuf',
  'zara',
]
const LAST = ['ashdown', 'bramley', 'colby', 'dunmore', 'everett', 'fenwick', 'garside', 'holloway', 'ingram', 'jessop']

/** Fifty believable subscribers on reserved example domains: most confirmed, some pending, a few gone. */
export const demoSubscribers = (
  communityIds: ReadonlyArray<number | string>,
  clusterIds: ReadonlyArray<number | string>,
): Array<RequiredDataFromCollectionSlug<'subscribers'>> => {
  const random = createRandom('subscribers')
  const start = Date.UTC(2024, 0, 8)
  return Array.from({ length: 50 }, (_, index) => {
    const first = FIRST[index % FIRST.length] as string
    const last = LAST[Math.floor(index / 5) % LAST.length] as string
    const givenAt = new Date(start + index * 13 * 24 * 60 * 60 * 1000)
    const status = index % 10 === 7 ? 'pending' : index % 17 === 16 ? 'unsubscribed' : 'confirmed'
    return {
      email: `${first}.${last}@example.${index % 3 === 0 ? 'net' : 'org'}`,
      status,
      communities: random.sample(communityIds, random.int(1, 2)) as number[],
      clusters: random.chance(0.2) ? (random.sample(clusterIds, 1) as number[]) : [],
      consent: { givenAt: givenAt.toISOString(), source: random.pick(['website', 'website', 'website', 'paper', 'event'] as const), wordingVersion: '2024-01' },
      confirmedAt: status === 'pending' ? undefined : new Date(givenAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
      unsubscribedAt: status === 'unsubscribed' ? new Date(givenAt.getTime() + 90 * 24 * 60 * 60 * 1000).toISOString() : undefined,
    }
  })
}
