import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/snapshot'
import { achievements } from '../../site/lib/achievements'
import { clustersOf } from '../../site/lib/communities'
import { consultationsFor, phaseOf } from '../../site/lib/consultations'
import { currentPlan, plansOf } from '../../site/lib/plans'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let test: TestPayload
let world: Fixtures

const plan = (title: string, status: 'draft' | 'published', extra: Record<string, unknown> = {}) =>
  test.payload.create({
    collection: 'plans',
    data: {
      title,
      community: world.alderby.id,
      period: { startYear: 2020, endYear: 2024 },
      priorities: [{ theme: 'housing' }],
      _status: status,
      ...extra,
    } as never,
    depth: 0,
  })

const log = (title: string, celebrate: boolean, status: 'draft' | 'published') =>
  test.payload.create({
    collection: 'influence-logs',
    data: {
      title,
      community: world.alderby.id,
      date: daysFromNow(-10),
      partner: world.partner.id,
      whatChanged: 'x',
      method: 'written-plan',
      kind: 'led-delivery',
      celebrate,
      _status: status,
    } as never,
  })

beforeAll(async () => {
  test = await startPayload()
  world = await makeFixtures(test.payload)
  const current = await plan('Alderby Plan 2025', 'published')
  await plan('Alderby Plan 2020', 'published', { supersededBy: current.id })
  await plan('Alderby Plan draft', 'draft')
  await test.payload.create({
    collection: 'consultations',
    data: {
      title: 'Secret draft consultation',
      communities: [world.alderby.id],
      summary: 'Not yet.',
      opensAt: daysFromNow(1),
      closesAt: daysFromNow(5),
      _status: 'draft',
    },
  })
  await log('Celebrated and published', true, 'published')
  await log('Published, not celebrated', false, 'published')
  await log('Celebrated but still a draft', true, 'draft')
})
afterAll(async () => test.stop())

/** What the site's community page (site/pages/communities/[slug].astro) shows, from the public snapshot. */
const loadCommunityPage = async (slug: string) => {
  const content = await exportSnapshot(test.payload)
  const community = content.communities.find((candidate) => candidate.slug === slug)
  if (!community) return null
  const plans = plansOf(content, { community })
  const current = currentPlan(plans)
  return {
    community,
    clusters: clustersOf(content, community),
    currentPlan: current,
    olderPlans: plans.filter((candidate) => candidate !== current),
    consultations: consultationsFor(content, { community }).map((consultation) => ({ ...consultation, phase: phaseOf(consultation) })),
    achievements: achievements(content, { community }),
  }
}

describe('a community page’s data', () => {
  it('holds the community, its cluster, current and older plans, consultations and celebrated achievements', async () => {
    const page = await loadCommunityPage('alderby')
    expect(page?.community.name).toBe('Alderby')
    expect(page?.clusters.map((cluster) => cluster.name)).toEqual(['Alder Vale'])
    expect(page?.currentPlan?.title).toBe('Alderby Plan 2025')
    expect(page?.olderPlans.map((old) => old.title)).toEqual(['Alderby Plan 2020'])
    expect(page?.consultations.map((consultation) => [consultation.title, consultation.phase])).toEqual([['Alderby green space', 'open']])
    expect(page?.achievements.map((achievement) => achievement.title)).toEqual(['Celebrated and published'])
  })

  it('is null for a community that does not exist', async () => {
    expect(await loadCommunityPage('nowhere')).toBeNull()
  })
})
