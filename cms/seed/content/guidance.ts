import type { GuidanceSeed } from '../types'

export const guidance: GuidanceSeed[] = [
  {
    title: 'Start a community-led plan',
    slug: 'start-a-community-led-plan',
    summary:
      'A community-led plan says what your place needs, who will do what about it and by when. This toolkit walks a new group from the first meeting to a published plan, including how to plan with neighbouring parishes as a cluster.',
    audience: ['residents', 'volunteers'],
    topics: ['getting started', 'steering group', 'cluster', 'vision', 'actions'],
    steps: [
      {
        heading: 'Get a small group together',
        body: [
          'You do not need a committee of twenty. Five to eight people who between them know different parts of the community is plenty to start. Try to include someone under 30, someone who rents, and someone from the part of the village that never comes to meetings.',
          'Talk to your parish or town council early. Most plans work best when the council backs them, even if the group itself is independent. Agree who holds the money and who signs things off.',
        ],
        checklist: [
          'Hold a first meeting and write down who came',
          'Tell the parish or town council what you are doing',
          'Agree who chairs, who keeps notes and who looks after money',
          'Set up a shared email address and a page on this site',
        ],
        downloads: [
          {
            filename: 'first-meeting-sign-in-sheet.csv',
            label: 'First meeting sign-in sheet (template)',
            text: 'Name,Street or part of the village,Email or phone,Happy to help with,May we keep in touch? (yes/no)\r\n',
          },
        ],
      },
      {
        heading: 'Decide whether to plan alone or with neighbours',
        body: [
          'Small parishes often get further by planning together. A cluster can be as few as two parishes or as many as seventeen. You get a louder voice with the council and network operators, you can share a coordinator, and small places that would never manage a plan on their own get included.',
          'There are two ways to do it. You can write one joint plan for the whole cluster, where each parish still leads its own actions. Or each parish writes its own plan and those feed into a shorter area plan. The first suits places starting from scratch; the second suits areas where some parishes already have plans.',
          'Either way, sort out the awkward questions early: how decisions are made, how many pages each place gets and what happens when parishes disagree. It is fine to agree to differ on some things.',
        ],
        checklist: [
          'Talk to neighbouring parishes about shared issues',
          'Choose a joint plan or individual plans feeding an area plan',
          'Write down how the cluster will make and record decisions',
          'Agree how each representative reports back to their own parish',
        ],
      },
      {
        heading: 'Find out what people really think',
        body: [
          'A plan is only as strong as the evidence behind it. Use a mix of a household survey, drop-in sessions and conversations where people already are: the school gate, the pub quiz, the bus stop, the food bank.',
          'Keep count of who you have heard from. If almost everyone who replied is over 60 and owns their home, go back out and find the others before you write anything. Our survey toolkit has ideas for reaching people who do not usually take part.',
        ],
        checklist: [
          'Run a survey that every household can answer on paper or online',
          'Hold at least two drop-ins at different times of day',
          'Check who has replied against who lives here',
          'Share the headline results before you start writing',
        ],
      },
      {
        heading: 'Write a vision, priorities and actions',
        body: [
          'Start with a short vision: what should this place be like in five years? Then pick four to six priority themes that came up most often, each with a sentence on why it matters here.',
          'Under each priority, write actions that are specific enough to tick off. Each action needs a lead group, a target date and the partners you need. Where you can, name the partner strategy the action supports, such as the district’s local plan or the county’s transport plan. That makes it much easier for an officer to say yes.',
        ],
        checklist: [
          'Write a vision of two or three short paragraphs',
          'Choose four to six priority themes',
          'Give every action a lead group and a target date',
          'Link actions to partner strategies where you can',
        ],
      },
      {
        heading: 'Publish, launch and keep it alive',
        body: [
          'Publish the plan here, print a short summary for every household and hold a launch event. Invite the officers and councillors you want to work with.',
          'Then keep it alive. Update each action’s progress after meetings, record your influence with partners, and review the whole plan every year. Plans that sit on a shelf do not change anything.',
        ],
        checklist: ['Publish the plan and a one-page summary', 'Invite partners to the launch', 'Set a date for the first yearly review'],
      },
    ],
  },
  {
    title: 'Run a survey people will answer',
    slug: 'run-a-survey-people-will-answer',
    summary:
      'Good surveys are short, plain and easy to answer whichever way suits people. This toolkit covers writing questions, reaching people who rarely take part, helping those who are not confident online, and telling everyone what you did with their answers.',
    audience: ['volunteers', 'residents'],
    topics: ['survey', 'consultation', 'inclusion', 'digital', 'feedback'],
    steps: [
      {
        heading: 'Know what you need to decide',
        body: [
          'Before writing a single question, write down what decision the answers will help you make. If a question will not change anything, leave it out. People notice when they are being asked for the sake of it.',
          'Aim for five or six questions and no more than ten minutes. A short survey that 300 people finish is worth far more than a long one that 40 people finish.',
        ],
        checklist: ['Write down the decision the survey will inform', 'Cut every question that will not change that decision', 'Time yourself answering it'],
      },
      {
        heading: 'Write questions anyone can answer',
        body: [
          'Use everyday words and one idea per question. Mix quick questions, such as choosing from a list or rating something from 1 to 5, with one or two open questions where people can say it in their own words.',
          'Test the survey on three people who are not in your group, including someone who finds reading hard or whose first language is not English. Change anything they stumble over.',
        ],
        checklist: [
          'One idea per question, in plain words',
          'Include at least one open question',
          'Try it out on three people outside the group',
          'Offer large print and other languages if needed',
        ],
      },
      {
        heading: 'Reach people who are seldom heard',
        body: [
          'The people who answer surveys first are usually the ones who already come to meetings. To hear from everyone else, go to them. Young people at the youth club or school council, parents at the school gate, tenants through the housing officer, carers through the surgery, people working shifts at the factory canteen.',
          'Ask trusted local people to help. A youth worker, a faith leader or the person who runs the food bank will get honest answers you never would. Keep track of who has replied, and go back out where there are gaps.',
        ],
        checklist: [
          'List groups who rarely take part and where to find them',
          'Ask a trusted person in each group to help',
          'Check replies by age, tenure and area each week',
          'Extend the closing date if a group is missing',
        ],
      },
      {
        heading: 'Make it easy for people who are not online',
        body: [
          'Plenty of people, especially older residents and those in areas with poor signal, are not confident online. Always offer a paper copy with a freepost envelope or a box in the shop, the pub and the surgery. Let people answer by phone with a volunteer filling in the form for them.',
          'Run a drop-in where volunteers help people answer on a tablet. It doubles as a gentle introduction to getting online, and people often stay to chat about what matters to them.',
        ],
        checklist: [
          'Print paper copies and put out collection boxes',
          'Give a phone number people can ring to answer',
          'Hold a help-to-answer drop-in with tablets',
          'Type paper answers into the site so every voice is counted',
        ],
      },
      {
        heading: 'Tell people what you did with their answers',
        body: [
          'Within a few weeks of closing, publish what people said and what you are doing about it. Use numbers: “52 of you replied, and 38 said empty shops put you off”. Then say what changed, and be honest about what cannot be done.',
          'Put the summary in the newsletter, on noticeboards and here on the consultation page. People are much more likely to answer next time if they saw that the last survey made a difference.',
        ],
        checklist: ['Publish a “you said, we did” summary with numbers', 'Say what cannot be done and why', 'Share the summary in print as well as online'],
      },
    ],
  },
  {
    title: 'Influence the council and other partners',
    slug: 'influence-the-council-and-other-partners',
    summary:
      'Most of what a community plan asks for needs someone else to act: the council, the health partnership, the bus company or the electricity network operator. This toolkit explains the three ways communities influence partners, how to record that influence as you go, and how to review and celebrate it every year.',
    audience: ['volunteers', 'partners'],
    topics: ['influence', 'partners', 'evidence', 'outcomes', 'review'],
    steps: [
      {
        heading: 'Use all three ways of influencing',
        body: [
          'Communities get things done through partners in three ways. The first is the written plan itself: when an action names the partner strategy it supports, an officer can point to it and say it fits what they already have to deliver.',
          'The second is relationships. Most influence happens because an officer knows and trusts someone in your group, answers their emails and tips them off about funding. The third is joint working: sitting on the same working group or delivering a project side by side, so that the partner comes to understand your place from the inside.',
        ],
        checklist: [
          'Read the main strategies of each partner you need',
          'Name the linked strategy in each action of your plan',
          'Get to know one officer in each partner by name',
          'Invite partners to your meetings when their topic is on the agenda',
        ],
      },
      {
        heading: 'Record your influence after every meeting',
        body: [
          'Influence is easy to forget and hard to prove a year later. Make it a standing item at the end of each meeting: did we change anything, and how do we know? Add an influence log here straight away, with a one-line title saying what changed.',
          'Attach evidence: the minutes where the decision was made, the partner’s letter or email, or a link to the published timetable. Then send the log to the partner to confirm. Partners can confirm it, or say if they see it differently.',
        ],
        checklist: ['Add “what did we influence?” to every agenda', 'Log it the same week, with evidence', 'Ask the partner to confirm the log'],
      },
      {
        heading: 'Say what kind of influence it was',
        body: [
          'There are four kinds worth telling apart. You started something and led the delivery yourselves. You started it and persuaded a partner to deliver it. Someone else started it and you encouraged and shaped it. Or a partner changed its policy or way of working because of you.',
          'The last kind is the hardest to win and the most lasting. A bus timetable change helps this year; a county policy that considers rural evening journeys in every review helps for decades.',
        ],
        checklist: [
          'Choose one of the four kinds for each log',
          'Note which partner policy changed, if any',
          'Record money spent or invested because of you, if known',
        ],
      },
      {
        heading: 'Separate outputs from outcomes',
        body: [
          'Outputs are the things produced: a new crossing, a repaired footpath, a weekly clinic at the café. Outcomes are the difference for people: children walking to school, fewer missed appointments, older people less lonely.',
          'Partners and funders care most about outcomes, but they take longer to show. Record the outputs as soon as they happen and come back to add the outcomes when you can see them, even if it is a year later.',
        ],
        checklist: [
          'List outputs as things you could photograph',
          'Describe outcomes as changes in people’s lives',
          'Revisit last year’s logs to add outcomes',
        ],
      },
      {
        heading: 'Review every year and celebrate',
        body: [
          'Once a year, pull together every influence log and action update. Count what changed, how much money was influenced and which partners you worked with most. Use it to set next year’s targets and to show funders that you deliver.',
          'Then celebrate. Mark the logs you want to show off, and send them out in the newsletter with thanks to the partners involved. Giving partners credit makes them keener to work with you again, and it shows residents that taking part was worth it.',
        ],
        checklist: [
          'Hold a yearly review meeting with your logs and actions',
          'Set targets for the year ahead',
          'Send a newsletter celebrating what changed',
          'Thank partners by name',
        ],
      },
    ],
  },
]
