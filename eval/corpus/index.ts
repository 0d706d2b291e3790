/**
 * The evaluation corpus: the development set (by theme) and three sets written before the rules they measure
 * were tuned: the held-out set (holdout.ts), the fresh set (fresh.ts, issue 13), the unseen set (unseen.ts,
 * issue 13, written by someone who had not read the rules) and the unseen-2 set (unseen2.ts, the same way, for a
 * later tuning session).
 * To add a conversation, add it to the themed file it belongs to (README.md explains the format).
 */
import type { Conversation } from '../types.js';
import { burglary } from './burglary.js';
import { colloquialZh } from './colloquial-zh.js';
import { confusions } from './confusions.js';
import { domestic } from './domestic.js';
import { english } from './english.js';
import { fire } from './fire.js';
import { fraud } from './fraud.js';
import { fresh } from './fresh.js';
import { given } from './given.js';
import { given2 } from './given2.js';
import { holdout } from './holdout.js';
import { kidnapping } from './kidnapping.js';
import { medical } from './medical.js';
import { missing } from './missing.js';
import { nonPolice } from './non-police.js';
import { pending } from './pending.js';
import { probesZh3 } from './probes-zh3.js';
import { probesZh4 } from './probes-zh4.js';
import { probesEn3 } from './probes-en3.js';
import { probesEn4 } from './probes-en4.js';
import { probesS11a } from './probes-s11a.js';
import { probesS11e } from './probes-s11e.js';
import { probesGiven3 } from './probes-given3.js';
import { probesGiven4 } from './probes-given4.js';
import { probesGiven5 } from './probes-given5.js';
import { probesS11z } from './probes-s11z.js';
import { probesS11g } from './probes-s11g.js';
import { probesS13 } from './probes-s13.js';
import { probesS13b } from './probes-s13b.js';
import { probesS13c } from './probes-s13c.js';
import { probesS14 } from './probes-s14.js';
import { probesS15 } from './probes-s15.js';
import { probesS15b } from './probes-s15b.js';
import { publicOrder } from './public-order.js';
import { registers } from './registers.js';
import { rescue } from './rescue.js';
import { robbery } from './robbery.js';
import { selfHarm } from './self-harm.js';
import { sexual } from './sexual.js';
import { street } from './street.js';
import { street2 } from './street2.js';
import { street3 } from './street3.js';
import { street4 } from './street4.js';
import { street5 } from './street5.js';
import { street6 } from './street6.js';
import { street7 } from './street7.js';
import { street8 } from './street8.js';
import { theft } from './theft.js';
import { threats } from './threats.js';
import { traffic } from './traffic.js';
import { turns } from './turns.js';
import { unseen } from './unseen.js';
import { unseen2 } from './unseen2.js';
import { unseen3 } from './unseen3.js';
import { unseen4 } from './unseen4.js';
import { unseen5 } from './unseen5.js';
import { unseen6 } from './unseen6.js';
import { unseen7 } from './unseen7.js';
import { unseen8 } from './unseen8.js';
import { unseen9 } from './unseen9.js';
import { unseen10 } from './unseen10.js';
import { unseen11 } from './unseen11.js';
import { violence } from './violence.js';

/** Conversations the rules may be tuned against. */
export const development: Conversation[] = [
  ...violence,
  ...domestic,
  ...sexual,
  ...kidnapping,
  ...threats,
  ...robbery,
  ...burglary,
  ...theft,
  ...fraud,
  ...traffic,
  ...missing,
  ...selfHarm,
  ...fire,
  ...medical,
  ...rescue,
  ...publicOrder,
  ...nonPolice,
  ...turns,
  ...given,
  ...given2,
  ...registers,
  ...pending,
  ...confusions,
  ...colloquialZh,
  ...english,
  ...probesGiven3,
  ...probesGiven4,
  ...probesGiven5,
  ...probesS11z,
  ...street,
  ...street2,
  ...street3,
  ...street4,
  ...street5,
  ...street6,
  ...street7,
  ...street8,
  ...probesZh3,
  ...probesEn3,
  ...probesZh4,
  ...probesEn4,
  ...probesS11a,
  ...probesS11g,
  ...probesS11e,
  ...probesS13,
  ...probesS13b,
  ...probesS13c,
  ...probesS14,
  ...probesS15,
  ...probesS15b,
];

/**
 * Probes written for issue 13 (2026-11-29): the "never ask what was given" probes (given.ts) and the regional and
 * register probes (registers.ts); and (2026-11-30) the probes of texts sent while another question is pending
 * (pending.ts) and of confusions between categories (confusions.ts); and (session 8) English wording the rules lacked
 * (english.ts), (session 9) English wording classes the street-3 and street-4 sets lacked (probes-en3.ts), and
 * (session 10) English wording classes likely to be misread (probes-en4.ts), and (session 11) the wording classes of
 * the street-5 / street-6 and development failures (probes-s11a.ts). In the
 * development set, scored like the rest, but not counted by
 * eval/train-similar.ts: counting them moved the closest-kind model by more than their words are worth (given.ts
 * cost a held-out category; registers.ts raised held-out and unseen categories by one each but unseen re-asks by
 * two, which the ratchet refuses; figures only).
 */
export const probes: readonly Conversation[] = [
  ...given,
  ...given2,
  ...registers,
  ...pending,
  ...confusions,
  ...colloquialZh,
  ...english,
  ...probesZh3,
  ...probesEn3,
  ...probesEn4,
  ...probesGiven3,
  ...probesGiven4,
  ...probesZh4,
  ...probesGiven5,
  ...probesS11a,
  ...probesS11z,
  ...probesS11g,
  ...probesS11e,
  ...probesS13,
  ...probesS13b,
  ...probesS13c,
  ...probesS14,
  ...probesS15,
  ...probesS15b,
];

/** Written before the rules changed; whoever tunes the rules reads only its figures. */
export { holdout };

/** Written for issue 13 before its rules were tuned; its failures are named (say so when you read one). */
export { fresh };

/** Written for issue 13 by someone who had not read the rules, before a tuning session; figures only, like holdout. */
export { unseen };

/** Written like `unseen` before the next tuning session (its baseline is the rules at 41aa034); figures only. */
export { unseen2 };

/** Written like `unseen` on 2026-11-30 before that session's rules changed (baseline: the rules at 4361c7a); figures only. */
export { unseen3 };

/**
 * Written like `unseen` for issue 13 (session 9) by someone who read only INCIDENT.md, PRODUCT.md and the eval scoring
 * code, before that session's rules changed (baseline: the rules at 0044f72); figures only.
 */
export { unseen4 };

/**
 * Written like `unseen4` for issue 13 (session 10) by someone who read only INCIDENT.md, PRODUCT.md, the eval scoring
 * code and theft.ts for the format, before that session's rules changed (baseline: the rules at 813b257); figures only.
 */
export { unseen5 };

/**
 * Written like `unseen5` for issue 13 (session 11) by someone who read only INCIDENT.md, PRODUCT.md, the eval scoring
 * code and theft.ts for the format, before that session's rules changed (baseline: the rules at 65fec97); figures only.
 */
export { unseen6 };

/**
 * Written like `unseen6` for issue 13 (session 12) by someone who read only INCIDENT.md, PRODUCT.md, the eval scoring
 * code and fraud.ts for the format, after that session's rules had changed (on e05c713); figures only. It measures
 * the session's changes on text written after them.
 */
export { unseen7 };
export { unseen8 };
/** Written like `unseen8` (session 14, on a5f5b04), blind; wired in with its baseline before any rule changed. */
export { unseen9 };
/** Written like `unseen9` (session 15, on 6a5eb5d), blind; wired in with its baseline before any rule changed. */
export { unseen10 };
/** Written like `unseen10` (session 16, on cc8028d), blind; wired in with its baseline before any rule changed. */
export { unseen11 };

export const corpus: Conversation[] = [
  ...development,
  ...holdout,
  ...fresh,
  ...unseen,
  ...unseen2,
  ...unseen3,
  ...unseen4,
  ...unseen5,
  ...unseen6,
  ...unseen7,
  ...unseen8,
  ...unseen9,
  ...unseen10,
  ...unseen11,
];

export const HOLDOUT_PREFIX = 'holdout-';
export const FRESH_PREFIX = 'fresh-';
export const UNSEEN_PREFIX = 'unseen-';
export const UNSEEN2_PREFIX = 'unseen2-';
export const UNSEEN3_PREFIX = 'unseen3-';
export const UNSEEN4_PREFIX = 'unseen4-';
export const UNSEEN5_PREFIX = 'unseen5-';
export const UNSEEN6_PREFIX = 'unseen6-';
export const UNSEEN7_PREFIX = 'unseen7-';
export const UNSEEN8_PREFIX = 'unseen8-';
export const UNSEEN9_PREFIX = 'unseen9-';
export const UNSEEN10_PREFIX = 'unseen10-';
export const UNSEEN11_PREFIX = 'unseen11-';
