import type { Payload } from 'payload'

import type { Community, Consultation, Partner, User } from '../../../cms/payload-types'

export type Fixtures = Awaited<ReturnType<typeof makeFixtures>>

const DAY = 24 * 60 * 60 * 1000
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY).toISOString()

export const community = (payload: Payload, name: string): Promise<Community> =>
  payload.create({ collection: 'communities', depth: 0, data: { name, kind: 'parish', summary: `${name} is a made-up parish for tests.` } })

/**
 * A small world for tests: three communities (two in a cluster), a partner with a strategy,
 * a consultation with one question of each kind, and one user for each role.
 */
export const makeFixtures = async (payload: Payload) => {
  const alderby = await community(payload, 'Alderby')
  const bexcombe = await community(payload, 'Bexcombe')
  const cawston = await community(payload, 'Cawston')
  const cluster = await payload.create({
    collection: 'clusters',
    depth: 0,
    data: { name: 'Alder Vale', members: [alderby.id, cawston.id], approach: 'joint-plan' },
  })
  const partner: Partner = await payload.create({ collection: 'partners', depth: 0, data: { name: 'Testshire Council', kind: 'council' } })
  const strategy = await payload.create({
    collection: 'partner-strategies',
    depth: 0,
    data: { name: 'Testshire Local Plan', kind: 'local-development-plan', partner: partner.id },
  })
  const consultation: Consultation = await payload.create({
    collection: 'consultations',
    depth: 0,
    data: {
      title: 'Alderby green space',
      communities: [alderby.id],
      summary: 'What should happen to the old bowling green?',
      opensAt: daysFromNow(-5),
      closesAt: daysFromNow(20),
      questions: [
        { prompt: 'What would you like there?', kind: 'text', required: true },
        { prompt: 'Which layout?', kind: 'single', options: [{ label: 'Garden' }, { label: 'Play area' }] },
        { prompt: 'When would you use it?', kind: 'multiple', options: [{ label: 'Mornings' }, { label: 'Evenings' }, { label: 'Weekends' }] },
        { prompt: 'How much does it matter?', kind: 'scale', required: true },
      ],
      _status: 'published',
    },
  })
  const user = (role: User['role'], name: string, extra: Partial<User> = {}): Promise<User> =>
    payload.create({
      collection: 'users',
      depth: 0,
      data: { name, email: `${name.toLowerCase().replace(/ /g, '.')}@example.org`, password: 'correct horse battery', role, ...extra },
    })
  const admin = await user('admin', 'Ada Admin')
  const editor = await user('editor', 'Ed Editor')
  const member = await user('member', 'Mel Member', { communities: [alderby.id], clusters: [cluster.id] })
  const outsider = await user('member', 'Olly Other', { communities: [bexcombe.id] })
  return { alderby, bexcombe, cawston, cluster, partner, strategy, consultation, users: { admin, editor, member, outsider } }
}
