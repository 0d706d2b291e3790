/** Commands a reporter can text at any point (rule 6): switch language, help, human, cancel, correct, "don't know". */
import type { ElementKey } from '../../incident.js';
import { UNKNOWN } from '../../incident.js';
import { extract } from '../../extract/index.js';
import { advance } from '../ask.js';
import {
  acceptAnswer,
  correctPlace,
  endPlaceFollowUp,
  followUpInsteadOfUnknown,
  parseAnswer,
} from '../elements/index.js';
import type { Intent } from '../intents.js';
import { runTriage } from '../retriage.js';
import type { FlowState } from '../types.js';
import { categoryChoice } from '../category-question.js';
import { chooseCategory, flagHuman, maybeUpdated, setElement, type Work } from '../work.js';

/** Handles a command (`text`: the whole message); false when the message is to be read further as an answer. */
export function handleCommand(w: Work, intent: Intent, text: string): boolean {
  const { s, def } = w;
  switch (intent.kind) {
    case 'language':
      s.langLocked = true;
      if (s.lang !== intent.lang) {
        s.lang = intent.lang;
        w.events.push({ type: 'language_changed', lang: intent.lang });
      }
      w.parts.push({ id: 'language.switched' });
      advance(w);
      return true;
    case 'help':
      w.parts.push({ id: 'help' });
      advance(w);
      return true;
    case 'human':
      flagHuman(w);
      w.parts.push({ id: 'human.ack' });
      advance(w);
      return true;
    case 'cancel':
      if (s.priority === 'P1' || (s.category !== null && def.categories[s.category].noTextWithdrawal === true)) {
        w.events.push({ type: 'cancel_refused' });
        w.parts.push({ id: 'cancel.refused_p1' });
        // "请继续回复": the question that was pending is sent again next, before any other.
        w.stillPending = s.awaiting;
        advance(w);
        return true;
      }
      if (s.status === 'cancelled' || s.status === 'resolved' || s.status === 'diverted') return false;
      // The withdrawal said again to "cancel this report?" ("对 取消吧 散了") answers it: the caller reads it as yes.
      if (s.confirming === 'cancel') return false;
      s.confirming = 'cancel';
      w.parts.push({ id: 'cancel.confirm' });
      return true;
    case 'correction':
      return handleCorrection(w, intent.target, intent.rest, text);
    case 'dont_know':
    case 'decline': {
      if (s.confirming === 'danger') {
        // Not knowing whether anyone is in danger resolves upward (at least P2).
        s.confirming = null;
        s.facts = { ...s.facts, danger: 'unknown' };
        w.changed = true;
        w.parts.push({ id: 'dont_know' });
        runTriage(w);
        return false;
      }
      if (s.confirming === 'category') {
        // The reporter cannot say what kind of matter it is: a police matter for a call-taker to look at. Unless the
        // words say it after all ("dunno just dodgy"): the kind they name.
        s.confirming = null;
        const said = intent.kind === 'dont_know' ? categoryChoice(text) : null;
        if (said !== null && said !== 'other_police') {
          chooseCategory(w, said);
          runTriage(w);
          return false;
        }
        chooseCategory(w, 'other_police');
        flagHuman(w);
        w.parts.push({ id: 'dont_know' });
        runTriage(w);
        return false;
      }
      if (s.confirming === 'no_danger') {
        // Not an explicit "no danger": keep the report with 110 and stop asking.
        s.confirming = null;
        s.noDangerAsks = 1 + def.maxReasks;
        w.parts.push({ id: 'dont_know' });
        return false;
      }
      const key = s.awaiting;
      if (key === null) return false;
      if (key === 'location' && s.placeFollowUp === 'asked') {
        // The follow-up was the last try: a vague place already given is kept, else the place is unknown.
        if (s.elements.location === undefined) setElement(w, 'location', UNKNOWN, 'unknown');
        endPlaceFollowUp(s);
        w.parts.push({ id: 'dont_know' });
        return false;
      }
      // "不知道这是哪" in the opening burst, before "where?" was read: the answer to it is still to come.
      if (key === 'location' && intent.kind === 'dont_know' && w.burstPending === 'location') return false;
      if (key === 'location' && intent.kind === 'dont_know' && followUpInsteadOfUnknown(s)) {
        // An urgent report: one follow-up asks what the reporter can see before the place is unknown. The rest
        // of the message is read first ("太白山 汤峪那边上来的 不知道在哪" gives a place).
        s.placeFollowUp = 'asked';
        return false;
      }
      // Without a place nobody can be sent: a refusal to say where is asked again (with an example) as long
      // as re-asks remain, then recorded. A place given later still fills it (fillFromExtraction).
      if (key === 'location' && intent.kind === 'decline' && s.reasks < def.maxReasks) {
        s.reasks += 1;
        w.events.push({ type: 'reask', key, attempt: s.reasks });
        if (s.covert) w.parts.push({ id: 'covert.ask.location' });
        else w.parts.push({ id: 'location.needed', vars: { example: def.elements.location.example[s.lang] } });
        return true;
      }
      if (intent.kind === 'dont_know') {
        setElement(w, key, UNKNOWN, 'unknown');
        w.parts.push({ id: 'dont_know' });
      } else {
        setElement(w, key, 'declined', 'declined');
        w.parts.push({ id: 'declined' });
      }
      if (key === 'location') s.locationSpecific = false;
      s.lastAnswered = key;
      s.awaiting = null;
      s.reasks = 0;
      return false;
    }
  }
}

/** Which element a correction with a new value but no named element is about. */
function inferTarget(s: FlowState, rest: string): ElementKey | null {
  const ext = extract(rest);
  if (ext.location !== undefined) return 'location';
  if (ext.phones.length > 0) return 'callback';
  if (ext.vehicles !== undefined) return 'vehicles';
  if (ext.time !== undefined) return 'time';
  return s.lastAnswered ?? null;
}

function handleCorrection(w: Work, named: ElementKey | null, rest: string, text: string): boolean {
  const { s, def } = w;
  // "不对，是6号楼": a corrected place, merged into the one recorded when it gives only a part of it.
  if ((named === null || named === 'location') && correctPlace(w, text, extract(text))) {
    s.confirming = null;
    s.reasks = 0;
    runTriage(w);
    advance(w);
    maybeUpdated(w);
    return true;
  }
  const target = named ?? (rest !== '' ? inferTarget(s, rest) : (s.lastAnswered ?? null));
  if (target === null) return false;
  if (s.elements[target] !== undefined) {
    delete s.elements[target];
    if (target === 'location') {
      s.locationSpecific = false;
      s.point = null;
    }
    w.events.push({ type: 'element_reopened', key: target });
    w.changed = true;
  }
  s.confirming = null;
  s.reasks = 0;
  if (rest !== '') {
    const parsed = parseAnswer(w, target, rest, extract(rest));
    if (parsed.ok) {
      acceptAnswer(w, target, parsed);
      s.lastAnswered = target;
      s.awaiting = null;
      w.parts.push({ id: 'correction.done' });
      runTriage(w);
      advance(w);
      maybeUpdated(w);
      return true;
    }
  }
  s.awaiting = target;
  w.parts.push({ id: 'correction.ask', vars: { element: def.elements[target].label[s.lang] } });
  maybeUpdated(w);
  return true;
}
