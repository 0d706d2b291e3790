/**
 * Development set: English wording the rules lacked (issue 13, session 8). Probes written before the rules changed
 * for them, from general knowledge of US / UK / AU / NZ / Irish / Indian / Singapore English and txt-speak: an
 * accident said with a relative in it ("my son hit his head": medical, nobody did it), a missing person said with a
 * pronoun ("he's missing"), someone hurt where a rescue is needed; slang for a fight (a blue, biffo, throwing hands),
 * weapons (a shooter, a tool, a zombie knife), the police (the guards, the feds, the old bill), drugs (gear, ket,
 * pingers), euphemisms for sexual assault, self-harm and an overdose; detention over a debt; a flood, a collapse,
 * entrapment; an unattended bag; a 12345 complaint.
 */
import type { Conversation } from '../types.js';

export const english: Conversation[] = [
  // --- an accident with a relative in it: medical, nobody did it -------------------------------------------
  {
    id: 'en8-us-son-hit-head-table',
    lang: 'en',
    title: 'US: my son hit his head on the coffee table, not making sense, throwing up (an accident, not abuse)',
    channel: 'sms',
    opening: [
      'my son hit his head on the coffee table and hes not making sense and throwing up',
      '14 Birch Ln Dayton OH',
    ],
    answers: { injuries: 'his head, theres a big lump', safety: 'yes' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en8-uk-husband-fell-ladder-head',
    lang: 'en',
    title: 'UK: husband fell off the ladder and hit his head, bleeding loads (an accident)',
    channel: 'sms',
    opening: [
      'my husband fell off the ladder and hit his head on the patio hes bleeding loads',
      '22 Windsor Close Reading',
    ],
    answers: { injuries: 'his head is bleeding', safety: 'yes' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // --- a missing person said with a pronoun ------------------------------------------------------------------
  {
    id: 'en8-au-grandad-dementia-hes-missing',
    lang: 'en',
    title: 'AU: grandad went for his walk at 3, has dementia; "he\'s missing" in the next text, getting dark',
    channel: 'sms',
    opening: [
      'my grandad went for his walk at 3 and hasnt come back',
      'hes missing, he has dementia and its getting dark',
    ],
    answers: {
      location: '8 Banksia St Penrith',
      person: '82, grey jumper, walks with a stick',
      last_seen: 'at home at 3pm',
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
    id: 'en8-us-brother-missing-two-days',
    lang: 'en',
    title: 'US: "my brother... he\'s missing", two days, not answering (an adult missing: P2)',
    channel: 'web',
    opening: ['its about my brother Jake, hes missing. nobody has heard from him in 2 days and his phone is off'],
    answers: {
      location: 'he lives at 300 Pine St Apt 4 Columbus',
      person: '34, tall, beard',
      last_seen: 'at work on friday',
      callback: '614 555 0199',
    },
    expect: {
      category: 'missing_person',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what'],
    },
  },
  // --- hurt where a rescue is needed: 110 with 120 advice is right too -------------------------------------
  {
    id: 'en8-nz-wall-fell-on-worker',
    lang: 'en',
    title: 'NZ: a wall fell on a worker at a site, his legs are crushed',
    channel: 'sms',
    opening: [
      'a wall just came down on one of the guys at the building site on Victoria St, his legs are crushed under it',
    ],
    answers: { location: 'Victoria St Hamilton, the site next to the BNZ', injuries: 'his legs, hes screaming' },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'injuries'],
    },
  },
  // --- slang for a fight --------------------------------------------------------------------------------------
  {
    id: 'en8-au-blue-outside-pub',
    lang: 'en',
    title: 'AU: two blokes having a blue outside the pub, one on the ground',
    channel: 'sms',
    opening: ['two blokes having a massive blue outside the Royal Hotel on Main St, ones on the ground now'],
    answers: { injuries: 'dunno hes not getting up', weapons: 'no', suspects: 'big bloke in a hi vis shirt' },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'en8-us-throwing-hands-parking-lot',
    lang: 'en',
    title: 'US: a bunch of kids throwing hands in the parking lot rn',
    channel: 'sms',
    opening: ['bunch of kids throwing hands in the parking lot of the Walgreens on 5th and Main rn'],
    answers: { injuries: 'idk', weapons: 'no', suspects: 'like 6 teens' },
    expect: {
      category: 'violence',
      minPriority: 'P2',
      route: ['110', '110+120'],
      earlyDispatch: 'either',
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'en8-uk-mashed-up-outside-chippy',
    lang: 'en',
    title: 'UK: lad getting mashed up by three others outside the chippy',
    channel: 'sms',
    opening: ['some lad is getting proper mashed up by 3 others outside the chippy on Station Road'],
    answers: { injuries: 'his face is all blood', weapons: 'dont think so', suspects: 'three lads in tracksuits' },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  // --- weapons slang -------------------------------------------------------------------------------------------
  {
    id: 'en8-uk-shooter-at-bus-stop',
    lang: 'en',
    title: 'UK: man at the bus stop flashing a shooter at people',
    channel: 'sms',
    opening: ['man at the bus stop on Elm Road is flashing a shooter at people walking past'],
    answers: { suspects: 'black puffer, balaclava', safety: 'im in the shop across' },
    expect: {
      category: 'threat',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'weapons'],
    },
  },
  {
    id: 'en8-uk-zombie-knife-park',
    lang: 'en',
    title: 'UK: kid waving a zombie knife about in the park',
    channel: 'sms',
    opening: ['theres a kid waving a zombie knife about in Victoria Park by the swings, loads of families here'],
    answers: { suspects: 'about 16, grey trackies', safety: 'yes' },
    expect: {
      category: 'threat',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'weapons'],
    },
  },
  // --- police slang --------------------------------------------------------------------------------------------
  {
    id: 'en8-ie-guards-lads-breaking-into-cars',
    lang: 'en',
    title: 'Irish: "need the guards", lads breaking into cars on the street now',
    channel: 'sms',
    opening: ['need the guards, two lads going along Parnell St breaking into cars right now'],
    answers: { suspects: 'two young lads, hoodies', time: 'now', loss: 'dont know' },
    expect: {
      category: 'theft',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location'],
    },
  },
  // --- drugs slang ---------------------------------------------------------------------------------------------
  {
    id: 'en8-uk-selling-gear-flat',
    lang: 'en',
    title: 'UK: someone selling gear out of the flat next door, people in and out all night',
    channel: 'sms',
    opening: ['someones dealing gear out of flat 6 next door, people in and out all night', '41 Albert Road Salford'],
    answers: { time: 'every night for weeks' },
    expect: {
      category: 'other_police',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  // --- euphemisms: sexual assault, self-harm, overdose ------------------------------------------------------------
  {
    id: 'en8-us-friend-too-drunk-to-say-no',
    lang: 'en',
    title: 'US: friend was "taken advantage of" at a party, too drunk to say no',
    channel: 'web',
    opening: [
      'my friend got taken advantage of at a party last night, she was too drunk to say no, she is at my place',
    ],
    answers: {
      location: '55 College Ave Apt 2 Athens GA',
      safety: 'we are safe',
      injuries: 'bruises',
      suspects: 'a guy called Tyler from the frat',
      callback: '706 555 0142',
    },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: 'either',
      given: ['what'],
    },
  },
  {
    id: 'en8-uk-top-myself-tonight',
    lang: 'en',
    title: 'UK: "dont want to be here anymore, going to top myself tonight"',
    channel: 'sms',
    opening: ['i dont want to be here anymore. going to top myself tonight'],
    answers: { location: '9 Mill Lane Leeds', safety: 'im on my own' },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  {
    id: 'en8-au-mate-gone-blue-after-gear',
    lang: 'en',
    title: 'AU: mate took some gear at a party, gone blue and barely breathing',
    channel: 'sms',
    opening: [
      'my mate took some gear at a party and hes gone all blue and barely breathing',
      '17 Surf Pde Coolangatta',
    ],
    answers: { injuries: 'hes barely breathing' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // --- detention over a debt -----------------------------------------------------------------------------------
  {
    id: 'en8-in-cousin-locked-in-shed-till-pays',
    lang: 'en',
    title: 'Indian English: cousin owes money, they have locked him in a shed till he pays',
    channel: 'sms',
    opening: [
      'my cousin owes some people money and they have locked him in a godown and are not leaving him till he pays',
    ],
    answers: { location: 'behind Sharma Traders, Sector 12 Faridabad', safety: 'i am at home', suspects: '3-4 men' },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  // --- flood, collapse, entrapment -------------------------------------------------------------------------------
  {
    id: 'en8-au-creek-burst-stuck-upstairs',
    lang: 'en',
    title: "AU: creek's burst, water coming up through the floor, stuck upstairs with the kids",
    channel: 'sms',
    opening: [
      "the creek's burst and waters coming up through the floor, me and the kids are stuck upstairs",
      '3 River Rd Lismore',
    ],
    answers: { injuries: 'no' },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'en8-us-ceiling-caved-guy-pinned',
    lang: 'en',
    title: 'US: ceiling caved in at the old warehouse, a guy pinned under it',
    channel: 'sms',
    opening: ['ceiling caved in at the old warehouse on Dock Rd and theres a guy pinned under it, hes yelling'],
    answers: { injuries: 'he says his leg', location: 'Dock Rd by the rail yard, Toledo' },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what'],
    },
  },
  // --- an unattended bag; a 12345 complaint ------------------------------------------------------------------------
  {
    id: 'en8-sg-backpack-left-at-interchange',
    lang: 'en',
    title: 'Singapore: a backpack left at the bus interchange for an hour, nobody claimed it',
    channel: 'sms',
    opening: ['got one backpack left at Toa Payoh bus interchange for one hour already, nobody claim'],
    answers: { time: 'since 3pm' },
    expect: {
      category: 'suspicious',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location'],
    },
  },
  {
    id: 'en8-uk-bins-not-collected',
    lang: 'en',
    title: 'UK: the council has not collected the bins for three weeks (12345)',
    channel: 'sms',
    opening: [
      'council havent collected our bins for 3 weeks now, street stinks, can someone sort it',
      'Oak Street Bolton',
    ],
    answers: { danger: 'no' },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      given: ['what', 'location'],
      status: 'diverted',
    },
  },
];
