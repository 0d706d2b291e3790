/**
 * Development set, probes for issue 13 "no given element asked again", round 2 (session 10, s10-given2), written
 * after the extractors changed for symptoms, leaks of blood, heads broken open, groups and relatives as the doer,
 * mopeds and two-wheeler models, planks, and African currencies (commits 5ae6681 to 66ea183): English
 * openings in other words than the ones the extractors were changed for, so that the class is tested, not the
 * sentence. Injuries as a state ("hes bleeding from his ear", "she's out cold", "cant breathe"), suspects as a
 * group, a relation doing it, a description, riders on mopeds.
 */
import type { Conversation } from '../types.js';

export const probesGiven5: Conversation[] = [
  {
    id: 'probes-given5-en-cousin-out-cold-pub',
    lang: 'en',
    title: 'Injury as a state ("out cold") and suspects as a group in the opening burst',
    channel: 'sms',
    opening: ['a gang of lads just jumped my cousin outside the Red Lion on Mill Lane', 'hes out cold on the pavement'],
    answers: {
      in_progress: 'they legged it',
      weapons: 'dont think so',
      time: 'just now',
    },
    expect: {
      category: 'violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'suspects'],
    },
  },
  {
    id: 'probes-given5-en-uncle-beating-aunt-bleeding',
    lang: 'en',
    title: 'A relative as the doer, still in the house, and an injury as bleeding',
    channel: 'sms',
    opening: [
      'my uncle is beating my aunt again at 14 Oak Road, shes bleeding from her nose, hes still in the kitchen',
    ],
    answers: {
      weapons: 'just his fists',
      safety: 'im in my room',
    },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'suspects', 'in_progress'],
    },
  },
  {
    id: 'probes-given5-en-mopeds-cant-breathe',
    lang: 'en',
    title: 'Riders on mopeds and a knee pouring blood (final g dropped)',
    channel: 'sms',
    opening: ['two guys on mopeds robbed a woman on Station Road by the Co-op, she fell and her knee is pourin blood'],
    answers: {
      in_progress: 'they rode off towards the park',
      weapons: 'no',
      time: 'couple mins ago',
    },
    expect: {
      category: 'robbery',
      minPriority: 'P1',
      route: ['110+120', '110'],
      earlyDispatch: 'either',
      given: ['what', 'location', 'injuries', 'suspects', 'vehicles'],
    },
  },
  {
    id: 'probes-given5-en-split-head-open-bat',
    lang: 'en',
    title: 'A head split open, said verb-first; the attacker by clothes',
    channel: 'sms',
    opening: [
      'some guy in a green tracksuit attacked my mate outside the kebab shop on Hope St, cracked his head open with a bat',
    ],
    answers: {
      in_progress: 'he ran off',
      time: '5 mins ago',
    },
    expect: {
      category: 'violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: 'either',
      given: ['what', 'location', 'injuries', 'suspects', 'weapons'],
    },
  },
];
