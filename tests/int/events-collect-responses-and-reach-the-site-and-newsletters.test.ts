import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '../../cms/payload-types'
import { exportSnapshot } from '../../cms/export/snapshot'
import { newsletterContent } from '../../cms/newsletters/newsletterContent'
import { type Fixtures, daysFromNow, makeFixtures } from './support/fixtures'
import { type TestPayload, startPayload } from './support/payload'

let app: TestPayload
let world: Fixtures
let dropIn: Event
let coming: Event

const event = (title: string, startsInDays: number, extra: Partial<Event> = {}) =>
  app.payload.create({
    collection: 'events',
    depth: 0,
    data: {
      title,
      community: world.alderby.id,
      kind: 'drop-in',
      summary: 'Tea and a paper form.',
      startsAt: daysFromNow(startsInDays),
      endsAt: daysFromNow(startsInDays + 0.1),
      venue: { name: 'Alderby Village Hall', access: 'Step-free; hearing loop.' },
      consultation: world.consultation.id,
      partners: [world.partner.id],
      _status: 'published',
      ...extra,
    },
  })

beforeAll(async () => {
  app = await startPayload()
  world = await makeFixtures(app.payload)
  dropIn = await event('Green space drop-in', -2)
  coming = await event('Green space workshop', 7, { kind: 'workshop' })
  const [say, , , rate] = world.consultation.questions!
  const respond = (channel: 'online' | 'paper' | 'event', at?: Event) =>
    app.payload.create({
      collection: 'responses',
      depth: 0,
      data: {
        consultation: world.consultation.id,
        channel,
        moderation: 'pending',
        event: at?.id,
        answers: [
          { question: say!.id!, text: 'Benches' },
          { question: rate!.id!, rating: 4 },
        ],
      },
    })
  await respond('paper', dropIn)
  await respond('event', dropIn)
  await respond('online')
})
afterAll(async () => app?.stop())

describe('an event', () => {
  it('reaches the site with its venue, access notes and how many responses it collected, and nothing of them', async () => {
    const snapshot = await exportSnapshot(app.payload)
    const published = snapshot.events.find((candidate) => candidate.slug === dropIn.slug)
    expect(published).toMatchObject({ title: 'Green space drop-in', responses: 2, venue: { access: 'Step-free; hearing loop.' } })
    expect(snapshot.events.find((candidate) => candidate.slug === coming.slug)?.responses).toBe(0)
    expect(JSON.stringify(snapshot.events)).not.toContain('Benches')
  })

  it('is counted in the results of its consultation once that closes', async () => {
    await app.payload.update({ collection: 'consultations', id: world.consultation.id, data: { opensAt: daysFromNow(-30), closesAt: daysFromNow(-1) } })
    const snapshot = await exportSnapshot(app.payload)
    const results = snapshot.consultations.find((consultation) => consultation.id === world.consultation.id)?.results
    expect(results?.byEvent).toEqual([{ event: String(dropIn.id), responses: 2 }])
    expect(results?.byChannel).toEqual({ online: 1, paper: 1, event: 1 })
  })

  it('is invited to in a digest newsletter while it is still to come', async () => {
    const newsletter = await app.payload.create({
      collection: 'newsletters',
      depth: 0,
      data: { subject: 'News', audience: { kind: 'everyone' }, content: { mode: 'digest' }, status: 'draft' },
    })
    const { sections } = await newsletterContent(app.payload, newsletter)
    const invitation = sections.find((section) => section.heading === 'Come and talk to us')
    expect(invitation?.items).toEqual([
      expect.objectContaining({ title: 'Workshop: Green space workshop', url: expect.stringMatching(/\/events\/green-space-workshop\/$/) }),
    ])
  })

  it('cannot be deleted while responses name it, and says why', async () => {
    const error = await app.payload.delete({ collection: 'events', id: dropIn.id }).catch((caught: unknown) => caught as Error)
    expect((error as Error).message).toMatch(/2 responses collected there/)
    expect(await app.payload.count({ collection: 'events', where: { id: { equals: dropIn.id } } })).toMatchObject({ totalDocs: 1 })
  })

  it('refuses to end before it starts', async () => {
    const error = await event('Backwards', 3, { endsAt: daysFromNow(2) }).catch((caught: unknown) => caught as { data?: { errors?: Array<{ path: string }> } })
    expect((error as { data?: { errors?: Array<{ path: string }> } }).data?.errors?.map((problem) => problem.path)).toEqual(['endsAt'])
  })
})
