import { describe, expect, it } from 'vitest'

import { resumeCheckCron } from '../../cms/newsletters/resumeNewsletterSendsTask'

describe('the check for a send whose process died', () => {
  it('runs every minute with the 15-minute default', () => {
    expect(resumeCheckCron(900)).toBe('0 * * * * *')
  })

  it('runs at least every third of a short timeout, on seconds that divide the minute evenly', () => {
    expect(resumeCheckCron(30)).toBe('*/10 * * * * *')
    expect(resumeCheckCron(50)).toBe('*/15 * * * * *')
    expect(resumeCheckCron(2)).toBe('*/1 * * * * *')
  })
})
