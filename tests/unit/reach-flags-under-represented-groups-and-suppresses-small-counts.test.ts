import { describe, expect, it } from 'vitest'

import { reachReport } from '../../cms/responses/reach'

const many = (count: number, answer: Record<string, string>) => Array.from({ length: count }, () => answer)

// 40 answered age: 30 aged 45 to 64, 6 aged 16 to 24, 4 preferred not to say.
const answers = [...many(30, { ageBand: '45-64', disability: 'no' }), ...many(6, { ageBand: '16-24' }), ...many(4, { ageBand: 'prefer-not-to-say' })]
// Residents: 16 to 24 is a quarter of people, 45 to 64 half.
const population = [
  { group: 'ageBand:16-24', people: 250 },
  { group: 'ageBand:45-64', people: 500 },
  { group: 'ageBand:65-74', people: 250 },
]

describe('who we heard from', () => {
  const report = reachReport(answers, population)
  const row = (question: string, answer: string) => report.rows.find((candidate) => candidate.question === question && candidate.answer === answer)!

  it('compares each group’s share of respondents with its share of residents, leaving out “prefer not to say”', () => {
    expect(report.answered.ageBand).toBe(36)
    expect(row('ageBand', '45-64')).toMatchObject({ respondents: 30, respondentShare: 83, residentShare: 50, underRepresented: false })
  })

  it('flags a group heard from less than three quarters as often as it lives there, without showing a count under ten', () => {
    expect(row('ageBand', '16-24')).toMatchObject({ respondents: null, respondentShare: null, residentShare: 25, underRepresented: true })
    expect(row('ageBand', '65-74')).toMatchObject({ respondents: null, residentShare: 25, underRepresented: true })
  })

  it('suppresses every count under ten, and judges nothing from too few answers', () => {
    const counts = report.rows.map((candidate) => candidate.respondents)
    expect(counts.filter((count) => count !== null && count < 10)).toEqual([])
    expect(report.answered.ethnicGroup).toBeNull()
    expect(report.rows.filter((candidate) => candidate.question === 'ethnicGroup').some((candidate) => candidate.underRepresented)).toBe(false)
  })

  it('has no figure for residents where profiles give none', () => {
    expect(row('disability', 'no')).toMatchObject({ respondents: 30, residentShare: null, underRepresented: false })
  })
})
