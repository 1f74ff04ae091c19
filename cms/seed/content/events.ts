import type { EventSeed } from '../types'

/**
 * Drop-ins, a workshop, a stall and a meeting with partners: past ones that collected paper
 * answers for the Wend valley joint plan, and coming ones for the open consultations.
 */
export const events: EventSeed[] = [
  {
    title: 'Joint plan drop-in at Brackenhithe village hall',
    slug: 'joint-plan-drop-in-at-brackenhithe-village-hall',
    owner: { cluster: 'wend-valley-parishes' },
    kind: 'drop-in',
    summary:
      'Tea, cake and the joint plan on the wall. Tell the coordinator what should come next, fill in a paper form, or just come and ask what the parishes have been doing.',
    startsInDays: -120,
    startHour: 10,
    hours: 3,
    venue: {
      name: 'Brackenhithe Village Hall',
      address: 'Church Lane, Brackenhithe',
      access: 'Step-free entrance from the car park, accessible toilet, hearing loop in the main hall. The 41 bus stops outside.',
    },
    consultation: 'wend-valley-joint-plan-one-year-on-what-comes-next',
  },
  {
    title: 'Joint plan drop-in at Wrenfold chapel rooms',
    slug: 'joint-plan-drop-in-at-wrenfold-chapel-rooms',
    owner: { cluster: 'wend-valley-parishes' },
    kind: 'drop-in',
    summary: 'The same drop-in at the top of the valley, for people who cannot get down to Brackenhithe. Paper forms and large print available.',
    startsInDays: -110,
    startHour: 14,
    hours: 3,
    venue: {
      name: 'Wrenfold Chapel Rooms',
      address: 'The Street, Wrenfold',
      access: 'One small step at the door, with a ramp on request. No accessible toilet; the nearest is at the Fox, 100 metres away.',
    },
    consultation: 'wend-valley-joint-plan-one-year-on-what-comes-next',
  },
  {
    title: 'Heating and bills advice drop-in',
    slug: 'heating-and-bills-advice-drop-in',
    owner: { cluster: 'wend-valley-parishes' },
    kind: 'drop-in',
    summary:
      'Bring a recent energy bill. An adviser from the valley energy group helps with tariffs and grants, and you can answer the heat, power and charging consultation on paper.',
    startsInDays: 6,
    startHour: 10,
    hours: 4,
    venue: {
      name: 'Ottercombe Magna Village Hall',
      address: 'Mill Road, Ottercombe Magna',
      access: 'Step-free throughout, accessible toilet, parking for six cars. A quiet room is available if you would rather talk privately.',
    },
    consultation: 'heat-power-and-charging-in-the-wend-valley',
    partners: ['chalkdown-power-networks'],
  },
  {
    title: 'Design the youth space: evening workshop',
    slug: 'design-the-youth-space-evening-workshop',
    owner: { community: 'gorsey-bank' },
    kind: 'workshop',
    summary:
      'Pizza, big sheets of paper and the floor plan of the old housing office. Young people decide what goes where; parents and carers are welcome at the end.',
    startsInDays: 4,
    startHour: 18,
    hours: 2,
    venue: {
      name: 'Gorsey Bank Community Centre',
      address: 'Larch Parade, Gorsey Bank',
      access: 'Step-free entrance, lift to the first floor, accessible toilet. Youth workers are there throughout.',
    },
    consultation: 'gorsey-bank-youth-space-make-it-yours',
    partners: ['wendmoor-homes'],
  },
  {
    title: 'Skate park stall at the Thursday market',
    slug: 'skate-park-stall-at-the-thursday-market',
    owner: { community: 'kestwick' },
    kind: 'stall',
    summary: 'The Youth Forum’s stall with drawings of other towns’ parks. Tell us what you would want before the consultation opens.',
    startsInDays: 10,
    startHour: 9,
    hours: 4,
    venue: {
      name: 'Kestwick Market Square',
      address: 'Market Square, Kestwick',
      access: 'Level paving throughout; public toilets in the library, open until 5pm.',
    },
    consultation: 'what-should-replace-the-kestwick-skate-park',
  },
  {
    title: 'Evening buses: meeting with Wendlink',
    slug: 'evening-buses-meeting-with-wendlink',
    owner: { cluster: 'wend-valley-parishes' },
    kind: 'partner-meeting',
    summary:
      'The parish transport group meets Wendlink Buses and the county’s transport team about evening journeys. Residents may come and listen; there is time for questions at the end.',
    startsInDays: 20,
    startHour: 19,
    hours: 2,
    venue: { name: 'Thistlebury Parish Room', address: 'Green Lane, Thistlebury', access: 'Step-free, hearing loop, accessible toilet.' },
    partners: ['wendlink-buses', 'wendshire-county-council'],
  },
]
