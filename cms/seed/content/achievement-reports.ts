import type { AchievementReportSeed } from '../types'

/** Introductions to three of the demo district's 2025 reports, in the partnerships' own voice. */
export const achievementReports: AchievementReportSeed[] = [
  {
    owner: { community: 'kestwick' },
    year: 2025,
    narrative: [
      'Our second year with a written town plan was the year partners started quoting it back to us. Officers from the district and the county now ask which priority a request belongs to before we have finished explaining it.',
      'Not everything moved: the skate park is still a consultation rather than a spade in the ground. But the figures below are a fair record of a busy volunteer year, and every entry was checked with the partner concerned.',
    ].join('\n\n'),
  },
  {
    owner: { cluster: 'wend-valley-parishes' },
    year: 2025,
    narrative: [
      'Five parishes, one joint plan and a lot of village hall tea. Working as a cluster meant one conversation with the county instead of five, and the bus and broadband results this year came from exactly that.',
      'The report rolls up what each parish logged on its own and what the cluster logged together, counting every entry once.',
    ].join('\n\n'),
  },
  {
    year: 2025,
    narrative: [
      'Across Harrowdale, community partnerships logged their influence after almost every meeting this year. This report adds those entries up: what kind of change each was, how it came about, and what partners say about it.',
      'Entries a partner disputed are listed for openness but left out of every total.',
    ].join('\n\n'),
  },
]
