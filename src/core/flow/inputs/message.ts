/**
 * A reporter's message while the questions are open: commands, the pending confirmation or screen, the
 * answer to the awaited element, and everything else the message gives (parse before ask).
 */
import type { ElementKey } from '../../incident.js';
import { UNKNOWN } from '../../incident.js';
import { extract, extractSuspects, parseYesNo, readDangerAnswer } from '../../extract/index.js';
import type { Extraction } from '../../extract/types.js';
import { advance, SCREEN_ASKS } from '../ask.js';
import { categoryChoice } from '../category-question.js';
import {
  aboutOtherThan,
  acceptAnswer,
  parseAs,
  type Parsed,
  addDescription,
  answerPlaceFollowUp,
  correctPlace,
  applySharedLocation,
  describesSomething,
  fillFromExtraction,
  parseAnswer,
} from '../elements/index.js';
import { anyText } from '../elements/answers.js';
import { asksForPolice, detectIntent, refusesNumber, refusesPlaceOrNumber, type Intent } from '../intents.js';
import { replyLanguage } from '../language.js';
import { runTriage } from '../retriage.js';
import type { FlowInput, FlowState } from '../types.js';
import {
  answered,
  armTimers,
  chooseCategory,
  complete,
  flagHuman,
  maybeUpdated,
  questionsOpen,
  setElement,
  type Work,
} from '../work.js';
import { handleCommand } from './commands.js';
import { onFollowUp } from './follow-up.js';

/** Elements whose answers are often written in the other script (addresses, plates, numbers, names). */
const STICKY_LANGUAGE: readonly ElementKey[] = ['location', 'vehicles', 'callback', 'name', 'person', 'last_seen'];

/** At most this many texts make an opening burst (INCIDENT.md rule 2: every message of the opening burst). */
const BURST_TEXTS = 4;
/**
 * A text that follows the previous one within this many seconds was written before the reply to it could be
 * read (choice: the reply leaves within a second; reading a question, typing and sending an answer takes
 * longer).
 */
const BURST_WINDOW_S = 10;

/**
 * The message belongs to the opening burst: nothing has been answered yet, few texts so far, and it came
 * right after the previous one. A text in it that does not answer the pending question is no failed answer.
 */
function inOpeningBurst(s: FlowState, previousAt: string | null, at: string): boolean {
  if (previousAt === null) return false;
  const quick = Date.parse(at) - Date.parse(previousAt) <= BURST_WINDOW_S * 1000;
  // A text of the opening burst may happen to answer the question sent meanwhile ("还在里面" to "still going
  // on?"); the next one, seconds later, was still written before any reply was read.
  if (!quick) s.burstChain = false;
  if (!quick || s.texts.length > BURST_TEXTS) return false;
  const nothingAnswered =
    s.lastAnswered === null &&
    (s.facts.danger ?? null) === null &&
    s.facts.noDanger === null &&
    s.facts.chosenCategory === undefined;
  return nothingAnswered || s.burstChain !== false;
}

/** Words in an answer that show someone is in danger or hurt (an injury or a weapon, not negated). */
function showsDanger(ext: Extraction): boolean {
  const injured = ext.injuries !== undefined && parseYesNo(ext.injuries.text) !== false;
  const armed = ext.weapons !== undefined && parseYesNo(ext.weapons.text) !== false;
  return injured || armed;
}

export function onMessage(w: Work, input: Extract<FlowInput, { kind: 'message' }>): void {
  const { s, def } = w;
  const text = input.text;
  const hasText = text.trim() !== '';
  if (hasText) s.texts.push(text);
  else if (input.location?.label !== undefined) s.texts.push(input.location.label);
  const burst = inOpeningBurst(s, s.lastInboundAt, input.at);
  s.lastInboundAt = input.at;
  if (burst) {
    const screen = s.confirming === 'danger' || s.confirming === 'category' ? s.confirming : null;
    w.burstPending = s.awaiting ?? screen;
  }
  const first =
    s.texts.length <= 1 && s.revision === 0 && s.awaiting === null && s.confirming === null && !s.covertTipSent;

  if (hasText) {
    const lang = replyLanguage(text, {
      current: s.lang,
      locked: s.langLocked,
      sticky: s.awaiting !== null && STICKY_LANGUAGE.includes(s.awaiting) && !first,
    });
    if (lang !== s.lang) {
      s.lang = lang;
      w.events.push({ type: 'language_changed', lang });
    }
  }

  if (!questionsOpen(s)) {
    onFollowUp(w, input);
    return;
  }

  const ext = extract(text);
  // A bare "nah" / "不告诉你" / "没有" to "where?" or "your number?" refuses it (a yes / no question reads it as no).
  // To "your number?" a refusal with its reason ("不方便留电话 就在这里说") refuses it, whatever place it names.
  const refused =
    ext.phones.length === 0 &&
    ((s.awaiting === 'location' && ext.location === undefined && refusesPlaceOrNumber(text)) ||
      (s.awaiting === 'callback' && (refusesPlaceOrNumber(text) || refusesNumber(text))));
  const intent: Intent | null = hasText ? (detectIntent(text) ?? (refused ? { kind: 'decline' } : null)) : null;
  // "他已经走了 没事了 取消报警吧": what a withdrawal says besides is kept before the confirmation is asked.
  if (intent?.kind === 'cancel') keepWhatItSays(w, ext);
  // "help", "human", a language switch: the reporter asks for something, and the question is sent again after it.
  // A withdrawal that is refused (a P1) leaves the question unread on the screen as it was: not sent again.
  if (
    intent !== null &&
    intent.kind !== 'dont_know' &&
    intent.kind !== 'decline' &&
    intent.kind !== 'correction' &&
    intent.kind !== 'cancel'
  )
    w.burstPending = null;
  if (intent !== null && handleCommand(w, intent, text)) {
    // Even a first message that is a command ("help") is acknowledged as received (rule 1).
    if (first) w.parts.unshift({ id: 'ack' });
    maybeUpdated(w);
    armTimers(w);
    return;
  }

  let answeredOther = false;

  if (input.location !== undefined) {
    applySharedLocation(w, input.location);
    if (s.awaiting === 'location') {
      s.awaiting = null;
      s.lastAnswered = 'location';
      answeredOther = true;
    }
  }

  // "不对，是6号楼" / "sorry, it's 42 not 24": the place recorded is replaced; the pending question stays.
  const corrected = hasText && intent === null && correctPlace(w, text, ext);

  // A pending yes/no confirmation.
  if (s.confirming === 'cancel' && hasText) {
    // A withdrawal said again is a yes (commands.ts leaves it to this confirmation).
    const yn = intent?.kind === 'cancel' ? true : parseYesNo(text);
    s.confirming = null;
    if (yn === true) {
      complete(w, 'cancelled');
      maybeUpdated(w, true);
      w.parts.push({ id: 'cancel.done' });
      return;
    }
    if (yn === false) {
      w.parts.push({ id: 'cancel.kept' });
      advance(w);
      armTimers(w);
      return;
    }
  }
  let confirmFailed = false;
  if (s.confirming === 'no_danger' && hasText && intent?.kind !== 'dont_know') {
    // Words first, as on the danger screen: "im not safe" is no "no" here either (a 12345 diversion would follow).
    const said = readDangerAnswer(text);
    if (said === 'unknown') {
      // Fear without a danger named: not a 12345 matter while it is not known (uncertainty resolves upward).
      s.facts = { ...s.facts, noDanger: false, danger: 'unknown' };
      s.confirming = null;
      w.changed = true;
      answeredOther = true;
    } else if (said !== null) {
      // The same question as the danger screen ("有人有危险或受伤吗？"): a yes is the same answer, and makes it P1.
      s.facts = said === 'yes' ? { ...s.facts, noDanger: false, danger: 'yes' } : { ...s.facts, noDanger: true };
      s.confirming = null;
      w.changed = true;
      answeredOther = true;
    } else confirmFailed = true;
  }

  // The danger screen: yes / no (1 / 2), or words that show danger or say what happened.
  let dangerFailed = false;
  if (s.confirming === 'danger' && hasText && intent === null) {
    // Words first: "im not safe", "不安全" hold a no that is a yes here; "help", "he said he'll kill me" are a yes;
    // "im scared", "快来" say nothing known, which resolves upward (at least P2).
    const said = readDangerAnswer(text);
    const shows = showsDanger(ext);
    if (said === 'unknown' && !shows) {
      s.facts = { ...s.facts, danger: 'unknown' };
      s.confirming = null;
      w.changed = true;
    } else if (said === 'yes' || shows) {
      s.facts = { ...s.facts, danger: 'yes', noDanger: false };
      s.confirming = null;
      w.changed = true;
    } else if (said === 'no') {
      s.facts = { ...s.facts, danger: 'no', noDanger: true };
      s.confirming = null;
      w.changed = true;
    } else if (!burst && asksForPolice(text)) {
      // "我要报警" / "I need police" to "is anyone in danger?": not a no, so uncertainty resolves upward.
      s.facts = { ...s.facts, danger: 'unknown' };
      s.confirming = null;
      w.changed = true;
    } else dangerFailed = true;
  }
  // The numbered category question: a number, or the reporter's words (read by triage below).
  let categoryFailed = false;
  if (s.confirming === 'category' && hasText && intent === null) {
    const chosen = categoryChoice(text);
    if (chosen !== null) {
      chooseCategory(w, chosen);
      s.confirming = null;
    } else categoryFailed = true;
  }

  // The answer to the awaited element comes first.
  let failedKey: ElementKey | null = null;
  let volunteered = false;
  const key = s.awaiting;
  const pendingBefore = key === null ? undefined : s.elements[key];
  if (key === 'location' && s.placeFollowUp === 'asked' && hasText && intent === null) {
    answerPlaceFollowUp(w, text, ext, aboutOtherThan('location', ext));
    answeredOther = true;
  } else if (key !== null && hasText && !corrected && (intent === null || intent.kind === 'correction')) {
    const parsed = parseAnswer(w, key, text, ext);
    if (parsed.ok) {
      acceptAnswer(w, key, parsed);
      s.lastAnswered = key;
      s.awaiting = null;
      s.reasks = 0;
      answeredOther = key !== 'what';
    } else {
      failedKey = key;
      volunteered = parsed.other === true;
    }
  }

  let learnt = fillFromExtraction(w, ext);
  if (volunteered && addDescription(w, ext, text)) learnt = true;
  if (whoAcrossTexts(w, text)) learnt = true;

  // "what": the words of the message that made the report clear.
  const categoryBefore = s.category;
  runTriage(w);
  // A message that makes the report clear ("有人打架" to "where?") is no failed answer either.
  if (s.category !== categoryBefore) learnt = true;
  if (s.elements.what === undefined && hasText && intent === null) {
    if (s.category !== null || (!answeredOther && describesSomething(text)))
      setElement(w, 'what', text.trim(), 'extracted');
  }

  // An answer we could not use: re-ask with an example, at most maxReasks times, then record "unknown".
  // A message that told us something else instead is no failure: the question is asked again plainly, but it
  // still counts, so a reporter who keeps writing about other things is not asked the same thing forever.
  // A text of the opening burst was written before the question could be read: it is asked again as it was.
  if (burst && (failedKey !== null || confirmFailed || dangerFailed || categoryFailed)) w.repeat = true;
  if (failedKey !== null && s.awaiting === failedKey && !answered(s, failedKey) && !w.repeat) {
    const toldOther = learnt || volunteered;
    const taken = s.reasks > 0 && sameAsBefore(s) ? sentAgain(w, failedKey, text, ext) : null;
    if (taken?.ok === true) {
      // The same text sent again to the same question: it is the reporter's answer, in their words, whatever else
      // it names.
      acceptAnswer(w, failedKey, taken);
      s.lastAnswered = failedKey;
      s.awaiting = null;
      s.reasks = 0;
    } else {
      s.reasks += 1;
      if (s.reasks > def.maxReasks) {
        if (failedKey === 'location') s.locationSpecific = false;
        setElement(w, failedKey, UNKNOWN, 'unknown');
        s.awaiting = null;
        s.reasks = 0;
        runTriage(w);
      } else if (!toldOther) {
        w.reaskKey = failedKey;
        w.events.push({ type: 'reask', key: failedKey, attempt: s.reasks });
      } else if (s.reasks === 1 && s.elements[failedKey] === pendingBefore) {
        // The first text about other things (nothing of this element, not even a vague part of it): a receipt,
        // and the same question again as it was (src/core/flow/ask.ts).
        w.stillPending = failedKey;
      }
    }
  }
  if (confirmFailed && s.confirming === 'no_danger' && !w.repeat) w.reaskConfirm = true;
  if (s.confirming === 'danger' && dangerFailed && !w.repeat) {
    if (s.category !== null || s.priority === 'P1') s.confirming = null;
    else if ((s.dangerAsks ?? 0) >= SCREEN_ASKS) {
      // Two answers that could not be read: uncertainty resolves upward.
      s.confirming = null;
      s.facts = { ...s.facts, danger: 'unknown' };
      w.changed = true;
      runTriage(w);
    } else w.reaskConfirm = true;
  }
  if (s.confirming === 'category' && categoryFailed && !w.repeat) {
    if (s.category !== null) s.confirming = null;
    else if ((s.categoryAsks ?? 0) >= SCREEN_ASKS) {
      // Still no kind of matter after the re-ask: a police matter, and a call-taker looks at it.
      s.confirming = null;
      chooseCategory(w, 'other_police');
      flagHuman(w);
      runTriage(w);
    } else w.reaskConfirm = true;
  }

  const ackAt = w.parts.length;
  advance(w);
  // The receipt (rule 1), unless the reply already says it was recorded ("help is on the way").
  const saysRecorded = w.parts.some((p) => p.id === 'early_dispatch' || p.id === 'covert.early_dispatch');
  if (first && !saysRecorded) w.parts.splice(ackAt, 0, { id: s.covert ? 'covert.ack' : 'ack' });
  maybeUpdated(w);
  armTimers(w);
}

/**
 * A text sent again to the question it did not answer the first time, read as the answer: as the element reads it,
 * else in the reporter's own words (a place and a phone number still have to be one).
 */
function sentAgain(w: Work, key: ElementKey, text: string, ext: Extraction): Parsed {
  const parsed = parseAs(w, key, text, ext);
  if (parsed.ok || key === 'location' || key === 'callback') return parsed;
  return anyText(text);
}

/** The reporter sent the same text as the one before (the message just added to `texts`). */
function sameAsBefore(s: FlowState): boolean {
  const n = s.texts.length;
  if (n < 2) return false;
  const squash = (t: string | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return squash(s.texts[n - 1]) === squash(s.texts[n - 2]);
}

/** What a command message says besides the command: filled, and triage re-run (a P1 is then not cancelled). */
export function keepWhatItSays(w: Work, ext: Extraction): void {
  fillFromExtraction(w, ext);
  runTriage(w);
}

/**
 * Who did it, told across two texts of a burst ("那个包工头" … "把我们几个关在工棚里"; "my neighbour" … "he just punched
 * me"): no text alone names a doer, the burst together does. Read only while `suspects` is open (a burst is sent
 * before the first question is read, so its texts are read together whatever is awaited).
 */
function whoAcrossTexts(w: Work, text: string): boolean {
  const { s } = w;
  if (s.elements.suspects !== undefined || s.category === 'missing_person' || s.texts.length < 2) return false;
  // The texts of a burst: this one and the two before it.
  const before = s.texts.slice(-3, -1).filter((t) => t !== text);
  if (before.length === 0) return false;
  const found = extractSuspects([...before, text].join(' '));
  if (found === undefined || found.unseen === true) return false;
  setElement(w, 'suspects', found.text, 'extracted');
  return true;
}
