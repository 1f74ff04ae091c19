import { describe, expect, it } from 'vitest'

import { consultationPhase } from '../../cms/shared/consultationPhase'

const now = new Date('2026-06-15T12:00:00Z')
const consultation = { opensAt: '2026-06-01T09:00:00Z', closesAt: '2026-06-30T17:00:00Z' }

describe('consultation phase', () => {
  it('is upcoming before it opens', () => {
    expect(consultationPhase(consultation, new Date('2026-05-31T23:59:59Z'))).toBe('upcoming')
  })
  it('is open from the opening moment until the closing moment', () => {
    expect(consultationPhase(consultation, new Date('2026-06-01T09:00:00Z'))).toBe('open')
    expect(consultationPhase(consultation, now)).toBe('open')
  })
  it('is closed from the closing moment', () => {
    expect(consultationPhase(consultation, new Date('2026-06-30T17:00:00Z'))).toBe('closed')
  })
  it('is reported once its feedback is published, and not before', () => {
    const reported = { ...consultation, feedback: { reportedAt: '2026-07-10T12:00:00Z' } }
    expect(consultationPhase(reported, new Date('2026-07-05T12:00:00Z'))).toBe('closed')
    expect(consultationPhase(reported, new Date('2026-07-10T12:00:00Z'))).toBe('reported')
  })
  it('is reported from the start of the UK day its feedback was published on, though the admin stores that day at noon', () => {
    const reported = { ...consultation, feedback: { reportedAt: '2026-07-10T12:00:00Z' } }
    // 23:30 on 9 July in the UK (summer time), then 01:30 on 10 July.
    expect(consultationPhase(reported, new Date('2026-07-09T22:30:00Z'))).toBe('closed')
    expect(consultationPhase(reported, new Date('2026-07-10T00:30:00Z'))).toBe('reported')
  })
  it('treats missing or unreadable dates as not yet open', () => {
    expect(consultationPhase({}, now)).toBe('upcoming')
    expect(consultationPhase({ opensAt: 'not a date' }, now)).toBe('upcoming')
  })
})
