/**
 * Development probes (issue 13, session 9): English wording classes the street-3 and street-4 sets showed the rules
 * lacked, written before the rules changed for them, in wording of their own (not copied from a street
 * conversation): the sounds of someone being hurt in the home next door or above (thuds, a woman screaming: domestic
 * violence, not a noise complaint), a driver who will not let a passenger out and touches her leg (sexual assault),
 * a toddler taken by a parent or an ex who has no custody (kidnapping), a person with dementia gone out in a
 * temperature said as a number below zero (life at risk: P1), a child bundled into a car named by its make or model
 * (kidnapping), a vehicle that hits a pedestrian or a cyclist and does not stop (a hit-and-run, traffic P1, not an
 * assault), and a big knife waved where people are, nobody hurt yet (a threat). Two controls: a party next door with
 * music and shouting stays disorder; a couple arguing loudly with no blow stays disorder.
 */
import type { Conversation } from '../types.js';

export const probesEn3: Conversation[] = [
  // --- sounds of someone being hurt next door or upstairs: domestic violence --------------------------------
  {
    id: 'en9-uk-thuds-upstairs-woman-crying',
    lang: 'en',
    title: 'UK: thuds through the ceiling and a woman crying out in the flat upstairs, never names it',
    channel: 'sms',
    opening: ['keep hearing thuds and a woman crying out from the flat upstairs, sounds like shes being thrown about'],
    answers: {
      location: 'Flat 9, 31 Mansfield Road, Nottingham',
      danger: 'yes',
      category: 'think her partner is hurting her',
      in_progress: 'yes',
      injuries: 'dont know',
      weapons: 'dont know',
      suspects: 'her bloke',
      safety: 'im fine downstairs',
    },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what'],
    },
  },
  {
    id: 'en9-us-banging-wall-screaming-next-door',
    lang: 'en',
    title: 'US: banging against the wall and a woman screaming help next door',
    channel: 'sms',
    opening: ['loud banging on the wall next door and a woman screaming help me', 'unit 3B 700 Mission Ave Oceanside'],
    answers: {
      danger: 'yes',
      category: 'i think her boyfriend is beating her',
      in_progress: 'yes',
      injuries: 'dont know',
      weapons: 'dont know',
      suspects: 'the boyfriend',
      safety: 'yes',
    },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-au-party-next-door-music-shouting',
    lang: 'en',
    title: 'AU control: a party next door with loud music and people shouting, nobody hurt (disorder)',
    channel: 'sms',
    opening: [
      'party next door going off, music blaring and people yelling in the yard, its 1am',
      '8 Carrington St Lismore',
    ],
    answers: { in_progress: 'yes still going', danger: 'no' },
    expect: {
      category: 'disorder',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  // --- a driver who will not let her out and touches her: sexual assault --------------------------------------
  {
    id: 'en9-au-taxi-driver-hand-on-knee',
    lang: 'en',
    title: 'AU: taxi driver locked the doors and keeps putting his hand on her knee',
    channel: 'sms',
    opening: [
      'taxi driver locked the doors and keeps rubbing my knee, wont let me out',
      'M1 northbound near the Gateway exit',
    ],
    answers: { safety: 'no', suspects: 'older guy', vehicles: 'silver camry taxi' },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-us-lyft-driver-touching-thigh',
    lang: 'en',
    title: 'US: rideshare driver missed the stop on purpose and keeps touching her thigh',
    channel: 'sms',
    opening: [
      'my lyft driver drove past my stop and keeps touching my thigh, he wont pull over',
      'on Route 9 north past Exit 12',
    ],
    answers: { safety: 'no', suspects: 'man 30s', vehicles: 'black accord' },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // --- a child taken by a parent or an ex with no custody: kidnapping ---------------------------------------------
  {
    id: 'en9-uk-ex-snatched-baby-no-custody',
    lang: 'en',
    title: 'UK: ex-partner snatched the baby from the pram and drove off, he has no parental rights',
    channel: 'sms',
    opening: [
      'my ex snatched our baby out of the pram and drove off, he has no custody and a court order',
      'Tesco car park Bury Rd Bolton',
    ],
    answers: { vehicles: 'blue corsa heading to the motorway', safety: 'im ok', suspects: 'Dean, 29' },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-us-dad-took-son-from-daycare',
    lang: 'en',
    title: 'US: father without custody took the 3-year-old from daycare and will not say where',
    channel: 'sms',
    opening: [
      'my sons father took him from daycare without permission, he doesnt have custody, my boy is 3',
      'Little Oaks daycare 410 Grant St Dayton',
    ],
    answers: { vehicles: 'grey tahoe', safety: 'yes', suspects: 'Marcus 34' },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // --- dementia and a temperature below zero said as a number: P1 ----------------------------------------------
  {
    id: 'en9-ca-mum-dementia-minus-fifteen',
    lang: 'en',
    title: 'Canada: mother with dementia left the house, it is -15 outside',
    channel: 'sms',
    opening: ['my mom has dementia and she left the house on her own, its -15 outside', 'maybe 40 min ago'],
    answers: {
      location: '55 Birch Cres, Winnipeg',
      person: '79, blue coat, no boots',
      last_seen: 'from home 40 min ago',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  {
    id: 'en9-us-grandma-alzheimers-minus-degrees',
    lang: 'en',
    title: 'US: grandma with alzheimers wandered off, minus 5 degrees tonight',
    channel: 'sms',
    opening: ['grandma wandered off, she has alzheimers, its like -5 degrees'],
    answers: { location: '19 Lake Rd, Duluth', person: '88, nightgown', last_seen: 'home half hour ago' },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  // --- a child bundled into a car named by its make or model: kidnapping ---------------------------------------
  {
    id: 'en9-au-girl-pulled-into-commodore',
    lang: 'en',
    title: 'AU: a man pulled a crying girl into a commodore outside a school',
    channel: 'sms',
    opening: [
      'some man just pulled a crying little girl into a white commodore outside Rosehill primary, she was fighting him',
    ],
    answers: { vehicles: 'white commodore, went toward the highway', suspects: 'big guy cap', safety: 'yes' },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-us-boy-shoved-into-civic',
    lang: 'en',
    title: 'US: a boy shoved into a civic at a gas station',
    channel: 'sms',
    opening: ['a guy shoved a little boy into a red civic at the Chevron on Alameda and 5th, boy was crying'],
    answers: { vehicles: 'red civic no plate', suspects: 'tall guy grey hoodie', safety: 'yes' },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // --- a vehicle hits a pedestrian or a cyclist and does not stop: a hit-and-run ------------------------------
  {
    id: 'en9-uk-cyclist-clipped-car-drove-off',
    lang: 'en',
    title: 'UK: a car clipped a cyclist off his bike and drove off, he is on the ground',
    channel: 'sms',
    opening: [
      'a car just knocked a cyclist off his bike and drove off',
      'Hills Road by the station Cambridge',
      'hes on the ground holding his leg',
    ],
    answers: { vehicles: 'black bmw', injuries: 'his leg, hes conscious' },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'en9-us-truck-hit-man-kept-going',
    lang: 'en',
    title: 'US: a pickup hit a man crossing the street and kept going',
    channel: 'sms',
    opening: ['a pickup hit a man crossing Broad St at Pine St and just kept going'],
    answers: { injuries: 'hes bleeding from his head', vehicles: 'white f150 going south' },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // --- a big knife waved where people are, nobody hurt: a threat ---------------------------------------------
  {
    id: 'en9-uk-lad-waving-machete-high-street',
    lang: 'en',
    title: 'UK: a lad waving a big blade about on the high street, nobody hurt yet',
    channel: 'sms',
    opening: ['lad waving a massive blade about outside Greggs on the high street in Walsall, people running'],
    answers: { injuries: 'no not yet', suspects: 'young, black puffer', safety: 'yes' },
    expect: {
      category: 'threat',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'weapons'],
    },
  },
  // --- round 2 (written before the second rules change): a structure fallen on people, a rope tied up, party
  // drugs, the wrong side of a bridge railing, someone fallen into the sea, a car off the road into water, a fall
  // and cannot get up --------------------------------------------------------------------------------------------
  {
    id: 'en9-us-wall-collapsed-on-workers',
    lang: 'en',
    title: 'US: a retaining wall collapsed on two workers at a job site',
    channel: 'sms',
    opening: ['retaining wall just collapsed on two of the workers at the job site, 1800 Ridge Rd Tulsa'],
    answers: { injuries: 'one is pinned, the other is out but bleeding', in_progress: 'yes still pinned' },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-in-sister-rope-ceiling-fan',
    lang: 'en',
    title: 'Indian English: sister has tied a dupatta to the ceiling fan, door bolted',
    channel: 'sms',
    opening: [
      'my sister bolted her room and she has tied a dupatta to the ceiling fan, i saw from the window',
      'Flat 12, Shanti Nagar, Pune',
    ],
    answers: { safety: 'we are outside her door', injuries: 'dont know' },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-au-mate-took-pingers-overheating',
    lang: 'en',
    title: 'AU: a mate took pills at a festival, now overheating and not making sense',
    channel: 'sms',
    opening: [
      'my mate dropped two pingers at the festival and hes overheating and twitching, cant talk properly',
      'Field Day, the Domain, near the main stage',
    ],
    answers: { injuries: 'hes really hot and shaking' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-uk-woman-over-bridge-railing',
    lang: 'en',
    title: 'UK: a woman has climbed over the railing of a bridge and is holding on',
    channel: 'sms',
    opening: [
      'a woman has climbed over the railing on the Clifton suspension bridge and is just holding on looking down',
    ],
    answers: { safety: 'yes im on the pavement', injuries: 'no' },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-us-man-fell-off-boat-lake',
    lang: 'en',
    title: 'US: a man fell off a pontoon into the lake and is not coming up',
    channel: 'sms',
    opening: ['guy fell off a pontoon boat into the lake and hes not coming up, Lake Lanier by Margaritaville'],
    answers: { injuries: 'cant see him', in_progress: 'yes' },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-nz-ute-off-road-into-river',
    lang: 'en',
    title: 'NZ: a ute went off the road into the river, someone still inside',
    channel: 'sms',
    opening: ['ute just went off the road into the river on SH2 by the Mangatainoka bridge, someone still in it'],
    answers: { injuries: 'dont know cant see', vehicles: 'white hilux' },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en9-uk-grandad-fell-cant-get-up',
    lang: 'en',
    title: 'UK: grandad fell in the bathroom and cannot get up, she can hear him through the door',
    channel: 'sms',
    opening: ['my grandad has fallen in the bathroom and cant get up, hes 91', '7 Elm Grove, Harrogate'],
    answers: { injuries: 'says his hip hurts' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
];
